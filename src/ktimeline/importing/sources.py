"""The text of what `import` reads: plain text in any encoding, a saved web page, or a PDF.

Decoding is strict: UTF-8 (with or without a byte order mark) unless an encoding is named,
and a byte that does not decode is an error naming its offset and line, never a silent
replacement character. Web pages go through the standard library's HTML parser (scripts,
styles and navigation left out, block elements on lines of their own); PDFs through pypdf,
imported only for a PDF, with a form feed between pages so that page headers and footers are
seen as such. Each text comes with the line of the original file each of its lines starts on,
where the format has lines (plain text and HTML), so that reports name lines an editor shows.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from ktimeline.errors import DataError, InvalidArgumentError, Problem, UsageError
from ktimeline.importing.entries import SkippedLine, entry_starts, normalise
from ktimeline.loader import (
    DataSource,
    _open,
    marked_encoding,
    max_text_bytes,
    unmarked_utf16,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import IO

    from pypdf import PageObject, PdfReader

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class ImportText:
    """A text to import: its name, its text, its kind, and where its lines come from."""

    name: str
    text: str
    kind: str  # "text", "html" or "pdf"
    lines: Sequence[int] | None = None  # line of the file each text line starts on, if not 1:1
    title: str | None = None  # the title a web page declares (its <title>), if any
    # what reading the file changed in its text, each said once (NUL bytes dropped)
    warnings: tuple[SkippedLine, ...] = ()

    def where(self, line: int) -> str:
        """A text line as the user finds it: "12" (the file's line), or "page 2, line 5"."""
        if self.lines is not None and 0 < line <= len(self.lines):
            return str(self.lines[line - 1])
        if self.kind == "pdf":
            lines = self.text.split("\n")[:line]
            breaks = [i for i, text in enumerate(lines) if "\f" in text]
            page = 1 + sum(text.count("\f") for text in lines)
            return f"page {page}, line {line - (breaks[-1] if breaks else 0)}"
        return str(line)


def check_encoding(encoding: str) -> str:
    """The codec's name, for a text encoding only: Python also names bytes-to-bytes codecs
    (base64, hex, zlib) and str-to-str ones (rot13), which cannot read a document."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise UsageError(f"unknown encoding '{encoding}'", "e.g. utf-8, cp1252, latin-1") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InvalidArgumentError(
            "encoding", encoding, f"'{encoding}' is not a text encoding (e.g. utf-8, cp1252)"
        )
    return info.name


# A web address: "https://…", "http://…", "file://…" (what a user pastes from the browser).
_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def read_bytes(argument: str) -> tuple[str, bytes]:
    source = DataSource.from_argument(argument)
    if _ADDRESS.match(argument) and source.path is not None and not os.path.lexists(argument):
        reason = (
            "no such file: a web address is not read (nothing is fetched from the network);"
            " save the page (Save Page As…, or curl -o page.html ADDRESS) and import the file"
        )
        raise DataError([Problem(source.name, None, reason, remedied=True)])
    stream = _open(source, "a file to import (a text, a web page or a PDF)")
    limit = max_text_bytes()  # `yes | ktimeline import -` must not fill the memory
    try:
        raw = _read_at_most(stream, limit + 1)
        if len(raw) > limit:
            reason = (
                f"is larger than {limit} bytes, the most ktimeline reads as a text "
                "(KTIMELINE_MAX_TEXT_BYTES sets it)"
            )
            raise DataError([Problem(source.name, None, reason)])
        return source.name, raw
    except OSError as exc:
        problem = Problem(source.name, None, f"read error: {exc.strerror or exc}")
        raise DataError([problem]) from None
    finally:
        if source.path is not None:
            stream.close()


READ_CHUNK = 1024 * 1024


def _read_at_most(stream: IO[bytes], size: int) -> bytes:
    """Up to ``size`` bytes, read a chunk at a time: ``read(size)`` allocates all of
    ``size`` first, which a limit of a terabyte (``KTIMELINE_MAX_TEXT_BYTES``) cannot."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(min(left, READ_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def decode(name: str, raw: bytes, encoding: str | None) -> str:
    """The text of raw bytes: UTF-8 (a BOM is dropped) unless another encoding is named, or
    a UTF-16 or UTF-32 byte order mark names one (the codec drops the mark). UTF-16 without
    a mark is refused with its name (as UTF-8 it would read as letters and NULs)."""
    given = encoding
    if encoding is None:
        encoding = marked_encoding(raw)
    if encoding is None or codecs.lookup(encoding).name == "utf-8":
        if raw.startswith(BOM):
            raw = raw[len(BOM) :]
        encoding = "utf-8"
    utf16 = unmarked_utf16(raw) if given is None and encoding == "utf-8" else None
    if utf16 is not None:
        hint = f"it looks like UTF-16 without a byte order mark: try --encoding {utf16}"
        reason = f"not UTF-8 text; {hint}"
        raise DataError([Problem(name, None, reason, Problem.NOT_UTF8, remedied=True)])
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.start + 1].hex()
        utf8 = encoding == "utf-8"
        hint = "; try --encoding cp1252 (common in older documents)" if utf8 else ""
        shown = "UTF-8" if utf8 else encoding
        reason = f"not {shown} (byte 0x{bad} at byte offset {exc.start}){hint}"
        # (not UTF-8, the way out said: no other is offered after it)
        kind = Problem.NOT_UTF8 if utf8 else ""
        raise DataError([Problem(name, line, reason, kind, remedied=utf8)]) from None
    except UnicodeError as exc:  # codecs for names, not documents (punycode, idna) say less
        raise DataError([Problem(name, None, f"cannot be read as {encoding}: {exc}")]) from None


def kind_of(name: str, raw: bytes) -> str:
    lowered = name.lower()
    if raw[:1024].lstrip().startswith(b"%PDF-") or lowered.endswith(".pdf"):
        return "pdf"
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return "html"
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def not_a_chronology(raw: bytes) -> str | None:
    """Why a file is nothing `import` reads, when it surely is not: a zip (a spreadsheet),
    ktimeline's own table (``-f csv``: its rows were imported as entries whose text was the
    row's other cells), or ktimeline's data (JSON Lines, which ``--data`` reads); None for
    anything else (hostile review 8: a spreadsheet was "not UTF-8 …; try --encoding cp1252",
    a ``-f jsonl`` file 67 lines of "could not place")."""
    from ktimeline.loader import KTIMELINE_TABLE, ZIP_FILE, is_ktimeline_table, is_zip

    wrote = "write ktimeline's data with -f jsonl and read it with --data FILE"
    if is_zip(raw):
        return (f"{ZIP_FILE}, which import does not read (it reads a chronology written as "
                "text, a table, a web page or a PDF): save the sheet as CSV, whose rows it "
                "reads as entries, or as JSON Lines of ktimeline's fields (docs/schema.md) "
                "to read with --data")  # fmt: skip
    first = raw.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0]
    if is_ktimeline_table(first):
        return f"{KTIMELINE_TABLE}, whose rows are no written entries: {wrote}"
    if first.startswith(b"{"):
        import json

        try:
            record = json.loads(first)
        except ValueError:
            return None
        if isinstance(record, dict) and {"id", "date", "text"} <= record.keys():
            return ("ktimeline's data (JSON Lines), which import does not read again: read it "
                    "with --data FILE, or put the file in the library directory")  # fmt: skip
    return None


def read_import(argument: str, encoding: str | None = None) -> ImportText:
    """What `import FILE` reads, as text (typographic ligatures spelt out)."""
    name, raw = read_bytes(argument)
    if (refused := not_a_chronology(raw)) is not None:
        raise DataError([Problem(name, None, refused)])
    kind = kind_of(name, raw)
    if kind == "pdf":
        return _without_nuls(ImportText(name, spell_out_ligatures(pdf_text(name, raw)), "pdf"))
    text = spell_out_ligatures(decode(name, raw, encoding))
    if kind == "html":
        page = _read_page(text)
        title = page_title(page.title, page.lines)
        return _without_nuls(ImportText(name, page.text(), "html", page.sources, title))
    return _without_nuls(ImportText(name, text, "text"))


# What a site puts between a page's own title and its name in <title>: "Chronologie de
# l’affaire Dreyfus | Les Cahiers naturalistes", "Timeline - BBC News", "Site » Title".
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•»«:/]|::|-{1,2})\s+")


def page_title(title: str | None, lines: list[str]) -> str | None:
    """A web page's own title: the part of its <title> that the page shows as a line of its
    own (its heading), without the site's name the <title> adds ("Chronologie de l’affaire
    Dreyfus | News" over an <h1> "Chronologie de l’affaire Dreyfus"); the whole <title> when
    no part of it is a line of the page (the page does not say which part is the site's), or
    the part is one word ("Timeline - BBC News": "Timeline" alone would name many pages).
    A part may hold a separator of its own: "Timeline: 2008 – the year it all went wrong |
    Site" over an <h1> "Timeline: 2008 – the year it all went wrong" is that heading, so the
    parts are runs of the pieces between separators, as the <title> writes them."""
    if title is None:
        return None
    cuts = [0, *(i for match in _TITLE_SEPARATOR.finditer(title) for i in match.span()), len(title)]
    pieces = list(zip(cuts[::2], cuts[1::2], strict=True))
    if len(pieces) < 2:
        return title
    shown = {line.strip().casefold() for line in lines}
    runs = (title[pieces[first][0] : pieces[last][1]].strip()
            for first in range(len(pieces)) for last in range(first, len(pieces)))  # fmt: skip
    own = [run for run in runs if run.casefold() in shown and len(run.split()) > 1]
    return max(own, key=len) if own else title


def _without_nuls(document: ImportText) -> ImportText:
    """The document without the NUL characters its text holds ("Inva\x00sion": a byte a
    text never means, left by a damaged copy or a binary tool), said once with the line of
    the first and how many were dropped; events never keep one."""
    text = document.text
    first = text.find("\x00")
    if first < 0:
        return document
    count = text.count("\x00")
    line = text.count("\n", 0, first) + 1
    nuls = "a NUL byte" if count == 1 else f"{count} NUL bytes"
    reason = f"dropped {nuls} (the first on this line): a NUL is no character of a text"
    return replace(document, text=text.replace("\x00", ""),
                   warnings=(*document.warnings, SkippedLine(line, "", reason)))  # fmt: skip


# Typographic ligatures (U+FB00-FB06) as PDF text keeps them, and text copied from a PDF:
# stored as they are, "the ﬁrst sitting president" was missed by an exact search, a regex,
# grep and jq looking for "first". Spelt out as NFKC (and pdftotext) do; one character for
# two or three letters on a line, so line numbers are unchanged.
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)  # fmt: skip
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def spell_out_ligatures(text: str) -> str:
    """``text`` with its typographic ligatures ("ﬁ", "ﬂ", "ﬃ") written as their letters."""
    return text.translate(LIGATURES) if _LIGATURE.search(text) else text


# --- HTML -----------------------------------------------------------------------------------
# The standard library's parser, measured against the others on 120 real pages (9.3 MB of
# rustdoc HTML): selectolax 0.26 s, lxml 0.62 s, html.parser 3.15 s, BeautifulSoup 9.47 s, with
# the same text out. A saved page of a few hundred kB takes well under a second here, and the
# standard parser needs no dependency and gives each piece of text its source line (getpos),
# which the reports use; so no third-party HTML library.

_SKIPPED = "script style noscript template nav header footer aside form button select option "
SKIPPED_ELEMENTS = frozenset((_SKIPPED + "svg iframe head menu dialog").split())
_BLOCKS = "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table section article main "
BLOCK_ELEMENTS = frozenset(
    (_BLOCKS + "blockquote pre hr figure figcaption caption address summary details title").split()
)
VOID_ELEMENTS = frozenset(
    "br hr img input meta link area base col embed source track wbr".split()  # noqa: SIM905
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.sources: list[int] = []
        self.current: list[str] = []
        self.has_text = False  # whether the current line has more than white space
        self.current_source = 1
        self.skipping: list[str] = []  # open elements whose text is left out
        self.skipped_open: Counter[str] = Counter()  # how many of each are in ``skipping``
        self.cells = 0  # table cells so far in this row
        self.header_row = False  # whether every cell of this row so far is a <th>
        self.cell_breaks: list[int] = []  # where in ``current`` a cell's " – " was put
        self.title: str | None = None  # the page's <title>, the first outside an <svg>
        self.title_parts: list[str] | None = None  # while inside that <title>

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def _break(self) -> None:
        text = self._header_cells() or " ".join("".join(self.current).split())
        self.cell_breaks = []
        if text:
            self.lines.append(text)
            self.sources.append(self.current_source)
        self.current = []
        self.has_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self.title is None and "svg" not in self.skipping:
            self.title_parts = []  # (in <head>, whose text is otherwise left out)
        if self.skipping:
            if tag not in VOID_ELEMENTS:
                self._skip(tag)
            return
        attributes = dict(attrs)
        role = attributes.get("role") or ""
        if (tag in SKIPPED_ELEMENTS or role in {"navigation", "banner", "contentinfo", "search"}
                or _is_consent_notice(attributes)):  # fmt: skip
            if tag not in VOID_ELEMENTS:
                self._skip(tag)
            return
        if tag in BLOCK_ELEMENTS:
            self._break()
        if tag == "tr":
            self.cells = 0
            self.header_row = True
        elif tag in {"td", "th"}:
            self.header_row = self.header_row and tag == "th"
            if self.cells:
                self.cell_breaks.append(len(self.current))
                self.current.append(" – ")  # a date cell and its text: "date – text"
            self.cells += 1

    def _header_cells(self) -> str | None:
        """A table's header row, its cells all <th> and none with a digit ("Date", "What
        happened"), written as a table's header is ("| Date | What happened |"), which the
        importer reports as layout: joined as "Date – What happened" it was read as an
        entry's text. A row of <th> cells with a digit ("1986", "Explosion") stays a row."""
        if not self.header_row or not self.cell_breaks:
            return None
        bounds = [0, *self.cell_breaks, len(self.current)]
        cells = [" ".join("".join(self.current[start + (start > 0) : end]).split())
                 for start, end in itertools.pairwise(bounds)]  # fmt: skip
        if not all(cells) or any(c.isdigit() for cell in cells for c in cell):
            return None
        return "| " + " | ".join(cells) + " |"

    def _skip(self, tag: str) -> None:
        self.skipping.append(tag)
        self.skipped_open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title_parts is not None:
            self.title = " ".join("".join(self.title_parts).split()) or None
            self.title_parts = None
        if self.skipping:
            # Whether ``tag`` is open is counted, not searched for: a page of 100,000 nested
            # elements closed by stray end tags took 173 s with a search of the list.
            if self.skipped_open[tag]:
                while self.skipping:
                    closed = self.skipping.pop()
                    self.skipped_open[closed] -= 1
                    if closed == tag:
                        break
            return
        if tag in BLOCK_ELEMENTS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
        if self.skipping:
            return
        line = self.getpos()[0]
        for index, piece in enumerate(data.split("\n")):
            if index and _starts_at_once(piece):
                self._break()  # an entry on a source line of its own keeps that line's number
            if not self.has_text and piece.strip():
                self.current_source = line + index
                self.has_text = True
            self.current.append(piece if not index else " " + piece)


# A cookie or consent notice, by the id or class every consent tool and site gives it
# ("cookie-banner", "cookieConsent", "gdpr-notice", OneTrust's "onetrust-banner-sdk",
# Cookiebot's "CybotCookiebotDialog", Cookie Consent's "cc-window"): no part of the page's
# text, left out as its navigation is. Its buttons ("Manage preferences", "Accept all")
# after its paragraph were joined to the page's last entry.
# ("consent" and "gdpr" only alone or before a notice's word: "consent-decree" in a court
# case's page, "gdpr-timeline" in the law's own history are the page's text)
_CONSENT_NOTICE = re.compile(
    r"(?:cookie|consent|gdpr)[-_ ]?(?:banner|notice|bar|consent|popup|law|message|dialog|"
    r"overlay|modal|wall|sdk|prompt|manager|box|container|layer|window)"
    r"|onetrust|cookiebot|\bcc-(?:window|banner)\b",
    re.IGNORECASE,
)
_CONSENT_ALONE = frozenset({"consent", "gdpr"})


def _is_consent_notice(attributes: dict[str, str | None]) -> bool:
    names = f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
    return _CONSENT_NOTICE.search(names) is not None or any(
        name.lower() in _CONSENT_ALONE for name in names.split()
    )


def _starts_at_once(piece: str) -> bool:
    starts = entry_starts(normalise(piece.lstrip()))
    return bool(starts) and starts[0].start == 0


def html_text(html: str) -> tuple[str, list[int]]:
    """The visible text of a web page, one block a line, and the source line of each."""
    page = _read_page(html)
    return page.text(), page.sources


def _read_page(html: str) -> _TextExtractor:
    """A web page read: its visible text's lines, their source lines, and its title."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser._break()
    return parser


# --- PDF ------------------------------------------------------------------------------------


def pdf_text(name: str, raw: bytes) -> str:
    """The text of a PDF, page by page, pages separated by form feeds.

    A PDF is hostile input to a large parser: whatever pypdf raises on it (a stream longer
    than it reads, ``LimitReachedError`` for a stream that would inflate to a gigabyte, a
    damaged structure) means the PDF cannot be read, and is said so (exit 2); pypdf's own
    limits bound the memory. A PDF without text is told apart from one whose text could not
    be decoded: pypdf salvages what it can of a damaged stream and says so only in its log,
    which is listened to here; pages that draw text (``BT``/``Tj``) yet give none are
    damaged, or use fonts without a text mapping — not scanned pages that need OCR."""
    import io
    import logging

    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise DataError([Problem(name, None, "reading PDFs needs the pypdf package")]) from None
    log = logging.getLogger("pypdf")
    log.setLevel(logging.WARNING)
    damage = _Heard()
    log.addHandler(damage)
    log.propagate = False  # its messages are for us to judge, not for the user's terminal
    draws_text = False
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not _opens_without_password(reader):
            reason = "the PDF is protected by a password (save an unprotected copy first)"
            raise DataError([Problem(name, None, reason)])
        pages = [page.extract_text() or "" for page in reader.pages]
        if not any(page.strip() for page in pages):
            draws_text = any(_draws_text(page) for page in reader.pages)
    except DataError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file (and MemoryError)
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise DataError([Problem(name, None, f"not a readable PDF ({reason})")]) from None
    finally:
        log.removeHandler(damage)
        log.propagate = True
    if not any(page.strip() for page in pages):
        if damage.messages or draws_text:
            why = (
                damage.messages[0]
                if damage.messages
                else (
                    "its pages draw text none of which could be extracted: a damaged stream, or "
                    "fonts without a text mapping"
                )
            )
            reason = f"not a readable PDF ({why})"
        else:
            reason = "the PDF has no text to read (scanned pages need OCR first, e.g. ocrmypdf)"
        raise DataError([Problem(name, None, reason)])
    return repair_diacritics("\n\f".join(page.rstrip("\n") for page in pages) + "\n")


# A PDF's text layer often writes an accent as a character of its own beside its letter
# ("Pyo˘ngyang", "Pyo ̆ngyang"): put it back on the letter, as one composed character.
# (Not ´ or `: texts use them for apostrophes, "don´t".)
SPACING_ACCENTS = {"˘": "\u0306", "ˇ": "\u030c", "¨": "\u0308", "˜": "\u0303", "ˆ": "\u0302",
                   "¯": "\u0304"}  # fmt: skip
_LOOSE_ACCENT = re.compile(
    rf"(?<=[^\W\d_])\s?(?:([{''.join(SPACING_ACCENTS)}])|([\u0300-\u036f]))(?=[^\W\d_])"
)


def repair_diacritics(text: str) -> str:
    """Accents that PDF extraction split from their letters, back on them (NFC)."""
    if text.isascii() or not _LOOSE_ACCENT.search(text):
        return text
    import unicodedata

    def combine(match: re.Match[str]) -> str:
        return SPACING_ACCENTS[match[1]] if match[1] else match[2]

    return unicodedata.normalize("NFC", _LOOSE_ACCENT.sub(combine, text))


_TEXT_OPERATORS = re.compile(rb"(?:^|[\s\]\)>])(?:BT|Tj|TJ)(?=[\s\[\(<]|$)")


def _draws_text(page: PageObject) -> bool:
    """Whether the page's content shows text (its operators), whatever could be extracted."""
    contents = page.get_contents()
    return contents is not None and _TEXT_OPERATORS.search(contents.get_data()) is not None


class _Heard(logging.Handler):
    """The warnings pypdf logs while reading (a stream it could not decompress, salvaged or
    dropped): the first few, for the message."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 3:
            self.messages.append(" ".join(record.getMessage().split())[:200])


def _opens_without_password(reader: PdfReader) -> bool:
    """Many PDFs are encrypted with an empty password, only to restrict printing."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf raises several kinds here (e.g. a missing AES backend)
        return False
