"""Read and validate JSON Lines: the chronology and the actors, places and tags tables.

Every problem is reported as ``file:line: reason`` and collected, so that ``validate`` can
list them all; nothing is skipped silently. Blank lines, a UTF-8 byte order mark and CRLF
line ends are accepted.
"""

from __future__ import annotations

import codecs
import errno
import gc
import os
import stat
import sys
from contextlib import contextmanager, suppress
from functools import cached_property
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ktimeline.dates import order_key
from ktimeline.errors import DataError, Problem, Problems, UsageError
from ktimeline.immutable import Value
from ktimeline.progress import EVERY_LINES, NO_PROGRESS, READ, Progress, Task
from ktimeline.records import EVENT_COLUMNS
from ktimeline.schema import (
    ACTORS,
    CHECKED_EVENTS,
    PLACES,
    TAGS,
    TERMS,
    UNDECODED,
    KeyTwice,
    RecordError,
    RecordKind,
    built_event,
    forget_shared,
    lone_surrogate,
    no_key_twice,
)
from ktimeline.vocabulary import NameIndex, Vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
    from pathlib import Path
    from typing import TypeAlias

    from ktimeline.model import Actor, Event

    Learn: TypeAlias = Callable[[str], Collection[str] | None]  # (see read_records)

STDIN = "-"
DATA_ENV = "KTIMELINE_DATA"
BOM = b"\xef\xbb\xbf"

T = TypeVar("T")


def read_standard_input_once(inputs: Iterable[str | os.PathLike[str]]) -> None:
    """DataError when standard input ("-") is named among ``inputs`` more than once (events
    and actors, or the text imported and actors, each from it): the second would read
    nothing, or the first's lines."""
    if sum(os.fspath(name) == STDIN for name in inputs) > 1:
        raise DataError([Problem("<stdin>", None, "standard input can be read only once")])


class DataSource(Value):
    """One JSON Lines input: a file path, standard input ("-"), or a bundled file."""

    __slots__ = ("name", "path")
    name: str  # as shown in messages
    path: str | None  # as pathlib writes it (``path_text``); None for stdin

    def __init__(self, name: str, path: str | None = None) -> None:
        self._set(name=name, path=path)

    @classmethod
    def from_argument(cls, argument: str | os.PathLike[str]) -> DataSource:
        text = os.fspath(argument)
        return cls("<stdin>") if text == STDIN else cls(text, path_text(text))

    @classmethod
    def bundled(cls, filename: str) -> DataSource:
        return cls(f"<bundled {filename}>", bundled_file(filename))

    @property
    def is_bundled(self) -> bool:
        return self.name.startswith("<bundled ")


# Paths are strings on the way of a query, and pathlib (with urllib.parse and ipaddress,
# which it imports: ~3.5 ms, a tenth of a plain query) is imported only where a Path is made.
_HERE = os.path.dirname(__file__)
PACKAGE_DATA = os.path.join(_HERE, "data")  # where the wheel puts data/ (force-include)
CHECKOUT_DATA = os.path.join(  # a source tree or editable install: data/ beside src/
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__)))), "data"
)


def path_text(argument: str | os.PathLike[str]) -> str:
    """``str(Path(argument))``, without importing pathlib on POSIX: empty and ``.`` parts
    left out, so ``data.jsonl/`` names the file ``data.jsonl``; a root of exactly two
    slashes kept, as POSIX allows (pathlib's PurePosixPath rules; test_loader checks them)."""
    text = os.fspath(argument)
    if os.name != "posix":
        from pathlib import Path

        return str(Path(text))
    root = ""
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    return root + "/".join(part for part in text.split("/") if part and part != ".") or "."


# pathlib's four, and a name too long to be there (pathlib raises it; the opening that
# follows then says so in one line)
_NOT_THERE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP, errno.ENAMETOOLONG})


def _is(kind: Callable[[int], bool], path: str) -> bool:
    """``Path(path).is_dir()`` (``kind``: stat.S_ISDIR) or ``is_file()`` (stat.S_ISREG): False
    for a path that is not there (or whose name is too long to be), any other error of the
    system raised, as pathlib does."""
    try:
        return kind(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in _NOT_THERE:
            raise
        return False
    except ValueError:  # a NUL in the name
        return False


LIBRARY_ENV = "KTIMELINE_LIBRARY"


def library_location(environ: Mapping[str, str] | None = None) -> str:
    """The user's library (``library.library_directory``, as ``path_text``):
    ``$KTIMELINE_LIBRARY``, else under ``$XDG_DATA_HOME`` (when it is an absolute path, as the
    XDG specification requires), else ``~/.local/share``."""
    env = os.environ if environ is None else environ
    if env.get(LIBRARY_ENV):
        return _home_expanded(path_text(env[LIBRARY_ENV]))
    data_home = env.get("XDG_DATA_HOME", "")
    if not os.path.isabs(data_home):
        data_home = os.path.join(_home_expanded("~"), ".local", "share")
    return path_text(os.path.join(data_home, "ktimeline", "library"))


def _home_expanded(path: str) -> str:
    """``Path(path).expanduser()`` of a ``path_text``: a leading ``~`` or ``~user`` as that
    home directory, with pathlib's error when it is not known."""
    if not path.startswith("~"):
        return path
    user, slash, rest = path.partition("/")
    home = os.path.expanduser(user)
    if home.startswith("~"):
        raise RuntimeError("Could not determine home directory.")
    return path_text(home + slash + rest)


def bundled_file(filename: str) -> str:
    """A bundled data file: package data in an installed wheel, or data/ in a checkout.

    For a package installed as files (every pip install), the package data directory is what
    ``importlib.resources.files("ktimeline")`` resolves to, so it is used directly:
    importing importlib.resources costs about 8 million instructions (it pulls in zipfile
    and tempfile), a tenth of what the rest of a query costs. importlib.resources remains
    the way for any other loader (a zip, say).
    """
    for directory in (PACKAGE_DATA, CHECKOUT_DATA):
        if _is(stat.S_ISREG, os.path.join(directory, filename)):
            return os.path.join(directory, filename)
    from importlib import resources

    packaged = resources.files("ktimeline") / "data" / filename
    return path_text(str(packaged))  # reported as missing by the reader if it is not there


def bundled_path(filename: str) -> Path:
    """``bundled_file`` as a Path."""
    from pathlib import Path

    return Path(bundled_file(filename))


def _open(source: DataSource, expected: str = "a JSON Lines file") -> IO[bytes]:
    """The source opened for reading; ``expected`` says what a directory given instead is
    not (an import reads a text, a web page or a PDF)."""
    if source.path is None:
        stdin = sys.stdin  # None when the process was started with it closed (<&-)
        if stdin is None or getattr(stdin, "buffer", None) is None:
            raise DataError([Problem(source.name, None, "standard input is closed")])
        return stdin.buffer
    if source.name == "":  # Path("") would read as the current directory
        raise DataError([Problem(repr(source.name), None, "an empty file name")])
    try:
        if _is(stat.S_ISDIR, source.path):
            raise DataError([Problem(source.name, None, f"is a directory, not {expected}")])
        return open(source.path, "rb")  # (the caller closes it)
    except FileNotFoundError:
        raise DataError([Problem(source.name, None, "no such file")]) from None
    except PermissionError:
        raise DataError([Problem(source.name, None, "permission denied")]) from None
    except OSError as exc:
        raise DataError([Problem(source.name, None, exc.strerror or str(exc))]) from None


# The longest line read: beyond any real event (the bundled ones are under 4 KB), well
# within memory. A longer line is reported, never read whole.
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_TEXT_BYTES = 64 * 1024 * 1024  # the most read of a text to import (an article: far less)
MOST_BYTES = 2**40  # the highest either may be set to (1 TiB: more is a typo, or overflows)
_reading = [0]  # how many bulk_allocation blocks are open (they may nest)


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """One read of many events.

    No cyclic garbage collection meanwhile: events make no cycles, and the collector's
    passes over millions of new objects cost a third of the time. The values the events
    share (names, dates, sources: see ``schema.forget_shared``) are shared within this read
    only, so that a process reading many files (a notebook) does not grow with each."""
    enabled = gc.isenabled()
    gc.disable()
    _reading[0] += 1
    try:
        yield
    finally:
        _reading[0] -= 1
        if not _reading[0]:
            forget_shared()
        if enabled:
            gc.enable()


def max_line_bytes(environ: Mapping[str, str] | None = None) -> int:
    """The longest line read (``KTIMELINE_MAX_LINE_BYTES``, else ``MAX_LINE_BYTES``)."""
    from ktimeline.settings import whole_number

    return whole_number(
        "KTIMELINE_MAX_LINE_BYTES", MAX_LINE_BYTES, lowest=1, highest=MOST_BYTES, environ=environ
    )


# The byte order marks that name their encoding (UTF-32's first: FF FE 00 00 begins with
# UTF-16's FF FE). Notepad and Word save "Unicode" text as UTF-16 with a BOM.
MARKED_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip


def marked_encoding(raw: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte order mark at the start names, if any."""
    return next((name for mark, name in MARKED_ENCODINGS if raw.startswith(mark)), None)


def unmarked_utf16(raw: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text in UTF-16 without a mark (a NUL beside each ASCII
    letter, after it or before it); None for anything else (real text holds no NULs)."""
    sample = raw[:4096]
    if sample.count(0) * 4 <= len(sample):
        return None
    return "utf-16-le" if sample[1::2].count(0) >= sample[0::2].count(0) else "utf-16-be"


def _not_utf8(first_line: bytes) -> str | None:
    """Why a file whose first line is this is no JSON Lines ktimeline reads, when it is in
    UTF-16 or UTF-32 (a Windows editor's "Unicode"): said once, for the whole file, and not
    as an error on every line."""
    mark = next((mark for mark, _ in MARKED_ENCODINGS if first_line.startswith(mark)), b"")
    encoding = marked_encoding(first_line) or unmarked_utf16(first_line)
    if encoding is None:
        return None
    how = f"byte order mark {mark.hex(' ').upper()}" if mark else "no byte order mark"
    return f"{encoding.upper()} text ({how}); JSON Lines must be UTF-8: save it as UTF-8"


# What a file ktimeline does not read is, told by its first bytes or its name, and the way to
# read it (hostile review 8: an .xlsx or a PDF given to --data got twenty "not UTF-8" lines
# and the advice to convert it from cp1252 with iconv; a csv, twenty "invalid JSON" lines).
_IMPORT = "a chronology in it is read by ktimeline import {name} --add (or -o NEW.jsonl)"
_TABLE = (
    "save the sheet as CSV, whose rows ktimeline import reads as entries (a column of "
    "dates), or as JSON Lines of ktimeline's fields (docs/schema.md; pandas: "
    "to_json(NEW, orient='records', lines=True))"
)
_BY_NAME = {
    ".csv": ("a CSV table", _IMPORT), ".tsv": ("a TSV table", _IMPORT),
    ".xlsx": ("a spreadsheet", _TABLE), ".ods": ("a spreadsheet", _TABLE),
    ".txt": ("text", _IMPORT), ".md": ("text", _IMPORT), ".html": ("an HTML page", _IMPORT),
    ".htm": ("an HTML page", _IMPORT), ".pdf": ("a PDF", _IMPORT),
}  # fmt: skip


ZIP_FILE = "a zip file (a spreadsheet such as .xlsx, or a document)"
KTIMELINE_TABLE = "a table ktimeline wrote (-f csv or -f tsv)"


def is_zip(first_bytes: bytes) -> bool:
    """A zip file: an .xlsx, .ods or .docx (its first bytes are a zip entry's header)."""
    return first_bytes.startswith(b"PK\x03\x04")


def is_ktimeline_table(first_line: bytes) -> bool:
    """Whether this is the header row of ktimeline's own ``-f csv`` or ``-f tsv`` output
    (a byte order mark and quotes allowed): its event columns, ``date,end_date,id,text``."""
    start = first_line.removeprefix(BOM).lstrip().rstrip(b"\r\n")
    cells = start.replace(b"\t", b",").split(b",")[:4]
    return [cell.strip(b'"').decode("latin-1") for cell in cells] == list(EVENT_COLUMNS[:4])


def _other_format(first_line: bytes, name: str) -> str | None:
    """Why a file whose first line is this is not JSON Lines at all, and how to read it: a
    zip (a spreadsheet), a PDF, an HTML page, ktimeline's own csv or tsv output, or a file
    named as a table or a text; None when the line may be JSON (it begins with "{" or "[",
    each line's problem then said as it is) or nothing tells."""
    start = first_line.lstrip()
    if is_zip(first_line):  # (its NULs look like UTF-16's: said first)
        what, how = ZIP_FILE, _TABLE
    elif first_line.startswith(b"%PDF-"):
        what, how = "a PDF", _IMPORT
    elif not start or start[:1] in (b"{", b"[") or _not_utf8(first_line) is not None:
        return None  # JSON, or UTF-16 text (said by _not_utf8)
    elif is_ktimeline_table(first_line):
        what, how = KTIMELINE_TABLE, "write it with -f jsonl"
    elif start[:14].lower() in (b"<!doctype html", b"<html") or start[:5].lower() == b"<html":
        what, how = "an HTML page", _IMPORT
    else:
        found = _BY_NAME.get(os.path.splitext(name)[1].lower())
        if found is None:
            return None
        what, how = found
    import shlex  # (here: a file that is no JSON Lines is rare)

    return (
        f"{what}, and ktimeline reads JSON Lines, one JSON object per line: "
        f"{how.format(name=shlex.quote(name))}; the rest of the file is not read"
    )


def read_records(
    source: DataSource,
    kind: RecordKind[Any, T],
    problems: list[Problem],
    known_actors: Collection[str] | None = None,
    learn: Learn | None = None,
) -> Iterator[tuple[int, int, int, T]]:
    """(line number, byte offset, byte length, value) for every good line of ``source``, read
    as records of ``kind``; every other line goes to ``problems``, except blank ones.

    ``learn(reason)``, asked when a record names an actor ``known_actors`` lacks, returns the
    actors to check against from then on when it knows that one too (the line is read again),
    else None (the line is a problem).

    A line longer than ``max_line_bytes()`` is a problem, and ends the reading of that
    source: a file of one endless line (``/dev/zero``) neither fills the memory nor hangs."""
    stream = _open(source)
    seen_content = False
    offset = 0
    limit = max_line_bytes()
    readline = stream.readline
    decode, build = kind.parts(known_actors)
    cut = 0  # the last line of a record cut by a line break inside a string (said once)
    try:
        for number, raw in enumerate(iter(lambda: readline(limit + 1), b""), start=1):
            start, offset = offset, offset + len(raw)
            if offset - start > limit and not raw.endswith(b"\n"):
                reason = (
                    f"line is longer than {limit} bytes, the most ktimeline reads "
                    "(KTIMELINE_MAX_LINE_BYTES sets it); the rest of the file is not read"
                )
                problems.append(Problem(source.name, number, reason))
                break
            if number == 1 and raw.startswith(BOM):
                raw = raw[len(BOM) :]
            if number == 1 and (why := _other_format(raw, source.name)) is not None:
                problems.append(Problem(source.name, number, why))
                break
            if number == 1 and (why := _not_utf8(raw)) is not None:
                problems.append(Problem(source.name, None, why))
                break
            try:  # the common case: a good line, decoded and checked in one step
                value = build(decode(raw))
            except RecordError as exc:
                problems.append(Problem(source.name, number, str(exc)))
                seen_content = True
                continue
            except UNDECODED:
                if cut == number - 1 and cut and not raw.lstrip().startswith(b"{"):
                    # (the rest of that record: its problem is said; the next line too while
                    # the string is still open at this line's end)
                    cut = number if _continues_a_string(raw) else 0
                    continue
                if not seen_content and _opens_a_spread_object(raw, stream):
                    reason = (
                        "a JSON object written over many lines, and JSON Lines hold one object "
                        f"per line (jq -c . {source.name} writes it so); the rest of the file "
                        "is not read"
                    )
                    problems.append(Problem(source.name, number, reason))
                    break
                decoded = _decode_slowly(source, number, raw, problems, seen_content)
                if decoded is _BLANK:
                    continue
                if decoded is _NOT_JSON_LINES:
                    break
                seen_content = True
                if decoded is _CUT:
                    cut = number
                    continue
                if decoded is _INVALID:
                    continue
                try:
                    while True:
                        try:
                            value = kind.from_value(decoded, known_actors)
                            break
                        except RecordError as exc:
                            more = learn(str(exc)) if learn is not None else None
                            if more is None:
                                raise
                            known_actors = more
                    decode, build = kind.parts(known_actors)
                except RecordError as exc:
                    problems.append(Problem(source.name, number, str(exc)))
                    continue
            seen_content = True
            yield number, start, offset - start, value
    except OSError as exc:
        problems.append(Problem(source.name, None, f"read error: {exc.strerror or exc}"))
    finally:
        if source.path is not None:
            stream.close()


def _opens_a_spread_object(raw: bytes, stream: Any) -> bool:
    """Whether ``raw`` is a lone "{" whose next line (peeked, not read) is an indented
    "key": one JSON object written over many lines, as `jq .` writes each record."""
    if raw.strip() != b"{":
        return False
    peek = getattr(stream, "peek", None)
    following = peek(256) if peek is not None else b""
    return following[:1] in (b" ", b"\t") and following.lstrip(b" \t").startswith(b'"')


def _is_json(text: str) -> bool:
    import json

    try:
        json.loads(text)
    except ValueError:
        return False
    return True


_INVALID = object()  # a line that is not JSON (its problem already reported)
_BLANK = object()  # a line of nothing but spaces (not a problem: skipped)
_NOT_JSON_LINES = object()  # an array, CR line ends (the problem reported): read no further
_CUT = object()  # a record cut by a line break inside a string (reported): its rest follows


def _continues_a_string(raw: bytes) -> bool:
    """Whether the line ``raw``, which starts inside a JSON string, ends inside one too.
    Outside strings JSON writes no quote, and within them a quote is escaped: each unescaped
    quote closes or opens one."""
    import re

    return re.sub(rb"\\.", b"", raw).count(b'"') % 2 == 0


def _decode_slowly(
    source: DataSource, number: int, raw: bytes, problems: list[Problem], seen_content: bool
) -> Any:
    """A line msgspec did not decode, read by the json module: its value (``null`` is None,
    for the checks to refuse), _BLANK for a blank line, or _INVALID with the problem reported
    in the json module's words."""
    import json  # only here, for a line msgspec did not read (start-up)

    from ktimeline.reasons import NOT_UTF8

    if not raw.strip():
        return _BLANK
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        reason = f"{NOT_UTF8} (byte 0x{bad} at column {exc.start + 1})"
        problems.append(Problem(source.name, number, reason, Problem.NOT_UTF8))
        return _INVALID
    try:
        value = json.loads(line, object_pairs_hook=no_key_twice)
    except KeyTwice as exc:
        problems.append(Problem(source.name, number, str(exc)))
        return _INVALID
    except json.JSONDecodeError as exc:
        reason = f"invalid JSON: {exc.msg} (column {exc.colno})"
        if not seen_content and line.lstrip().startswith("["):
            # (a JSON array written over many lines, as `-f json` and `jq .` write it: said
            # once, the rest of the file being no more JSON Lines than this line)
            reason = (
                "a JSON array, and ktimeline reads JSON Lines, one object per line "
                f"(jq -c '.[]' {source.name} writes it so); the rest of the file is not read"
            )
            problems.append(Problem(source.name, number, reason))
            return _NOT_JSON_LINES
        stripped = line.rstrip()
        if stripped.endswith(",") and _is_json(stripped[:-1]):
            # (an editor's or a hand's comma after a record, as between the items of an array)
            reason = "a comma after the record: JSON Lines put nothing between records"
            problems.append(Problem(source.name, number, reason))
            return _INVALID
        if exc.msg == "Extra data" and "\r" in line.rstrip("\r\n"):
            # two records on a line split by a CR: a file whose lines end with CR alone
            reason = (
                "lines end with a CR alone (old Mac line ends), and JSON Lines end with LF or "
                f"CRLF: save it with LF line ends (tr '\\r' '\\n' < {source.name}); the rest "
                "of the file is not read"
            )
            problems.append(Problem(source.name, number, reason))
            return _NOT_JSON_LINES
        if (
            exc.msg == "Invalid control character at"
            and line.endswith("\n")
            and not line[exc.pos :].strip("\r\n")
        ):
            # (a raw line break inside a string: the record's rest is on the next line,
            # whose own error would be a second one for one record)
            reason = (
                f"invalid JSON: a line break inside a string (column {exc.colno}), which "
                "JSON writes \\n: the record runs on to the next line"
            )
            problems.append(Problem(source.name, number, reason))
            return _CUT
        problems.append(Problem(source.name, number, reason))
        return _INVALID
    except RecursionError:
        problems.append(Problem(source.name, number, "invalid JSON: nested too deeply"))
        return _INVALID
    if lone_surrogate(value) is not None:
        problems.append(Problem(source.name, number, "text holds an unpaired surrogate escape"))
        return _INVALID
    return value


def _records(
    sources: Iterable[DataSource],
    kind: RecordKind[Any, T],
    problems: list[Problem],
    known_actors: Collection[str] | None = None,
    progress: Progress = NO_PROGRESS,
    learn: Learn | None = None,
) -> Iterator[tuple[DataSource, int, T]]:
    known = [known_actors]  # (the actors learned in one source are known in the next)

    def learned(reason: str) -> Collection[str] | None:
        more = learn(reason) if learn is not None else None
        if more is not None:
            known[0] = more
        return more

    for source in sources:
        total = 0
        if progress is not NO_PROGRESS and source.path is not None:
            with suppress(OSError):
                total = os.stat(source.path).st_size
        if not total:
            for number, _, _, value in read_records(source, kind, problems, known[0], learned):
                yield source, number, value
            continue
        progress.begin(Task(READ, source.name, total))
        try:
            rows = read_records(source, kind, problems, known[0], learned)
            for number, offset, length, value in rows:
                if not number % EVERY_LINES:
                    progress.advance(offset + length, number)
                yield source, number, value
        finally:
            progress.end()


def max_text_bytes(environ: Mapping[str, str] | None = None) -> int:
    """The largest text read whole, to import (``KTIMELINE_MAX_TEXT_BYTES``, else
    ``MAX_TEXT_BYTES``): an endless input is an error, not a full memory."""
    from ktimeline.settings import whole_number

    return whole_number(
        "KTIMELINE_MAX_TEXT_BYTES", MAX_TEXT_BYTES, lowest=1, highest=MOST_BYTES, environ=environ
    )


# --- actors, places, tags -------------------------------------------------------------------


def _named_table(
    sources: Iterable[DataSource], kind: RecordKind[Any, T], problems: list[Problem]
) -> dict[str, T]:
    table: dict[str, T] = {}
    seen_at: dict[str, str] = {}
    for source, number, item in _records(sources, kind, problems):
        name: str = item.name  # type: ignore[attr-defined]
        where = f"{source.name}:{number}"
        if name in table and item == table[name]:
            continue  # the same record twice (one actor beside two chronologies): one actor
        if name in table:
            problems.append(
                Problem(source.name, number, f"duplicate name {name!r} (first at {seen_at[name]})")
            )
            continue
        table[name] = item
        seen_at[name] = where
    return table


def actors_held(paths: Iterable[Path]) -> dict[str, Actor]:
    """The actors of the actor files at ``paths``, by name: the first record of a name wins,
    and a line that is not a good record is passed over (these are the records other
    sources of a library already hold, for a new source to write the same)."""
    held: dict[str, Actor] = {}
    for path in paths:
        ignored: list[Problem] = []
        try:
            for _, _, _, actor in read_records(DataSource.from_argument(path), ACTORS, ignored):
                held.setdefault(actor.name, actor)
        except (OSError, DataError, UsageError):
            continue
    return held


_TABLE_KINDS: dict[str, RecordKind[Any, Any]] = {"places": PLACES, "tags": TAGS, "terms": TERMS}


def bundled_table(name: str) -> dict[str, Any]:
    """One of the bundled places, tags or terms tables, validated."""
    problems = Problems()
    table = _named_table([DataSource.bundled(f"{name}.jsonl")], _TABLE_KINDS[name], problems)
    if problems:
        raise DataError(problems)
    return table


def load_vocabulary(
    actor_files: Sequence[str | os.PathLike[str]] = (),
    more_actors: Mapping[str, Actor] | None = None,
) -> Vocabulary:
    """The bundled actors, places, tags and terms, with actors from ``actor_files`` added,
    and ``more_actors`` (actors of the knowledge base the data names: see api.Timeline) where
    neither has them.

    Places, tags and terms are read when first used (see Vocabulary)."""
    problems = Problems()
    # a file named twice (with --actors, and beside its chronology) is read once
    files = list({os.path.realpath(os.fspath(path)): path for path in actor_files}.values())
    actor_sources = [DataSource.bundled("actors.jsonl")] + [
        DataSource.from_argument(path) for path in files
    ]
    actors = _named_table(actor_sources, ACTORS, problems)
    if problems:
        raise DataError(problems)
    if more_actors:
        actors = {**more_actors, **actors}
    return Vocabulary(actors, bundled_table)


# --- events ---------------------------------------------------------------------------------


class Chronology:
    """Loaded events in date order, and what is known about the names they use.

    (A plain class: the indexes below are computed once, when first used.)
    """

    def __init__(
        self,
        events: tuple[Event, ...],
        vocabulary: Vocabulary,
        sources: tuple[str, ...] = (),
        *,
        more_tags: Iterable[str] = (),
        more_places: Iterable[str] = (),
    ) -> None:
        self.events = events
        self.vocabulary = vocabulary
        self.sources = sources
        # Tags and places the data uses beyond the vocabulary's (an index knows them all).
        self.more_tags = tuple(more_tags)
        self.more_places = tuple(more_places)

    def with_events(self, events: Iterable[Event]) -> Chronology:
        """The same data choice, holding only ``events`` (those an index looked up)."""
        return Chronology(
            tuple(events), self.vocabulary, self.sources,
            more_tags=self.more_tags, more_places=self.more_places,
        )  # fmt: skip

    def __repr__(self) -> str:
        return f"Chronology({len(self.events)} events from {', '.join(self.sources)})"

    @cached_property
    def position(self) -> dict[str, int]:
        return {event.id: index for index, event in enumerate(self.events)}

    @cached_property
    def tag_index(self) -> NameIndex:
        """Tags of the vocabulary (with synonyms) and any other tag the data uses."""
        known = {tag.name: tag.synonyms for tag in self.vocabulary.tags.values()}
        return _with_used("tag", known, self.more_tags, (e.tags for e in self.events))

    @cached_property
    def place_index(self) -> NameIndex:
        """Places of the vocabulary (with aliases) and any other place the data uses."""
        known = {place.name: place.aliases for place in self.vocabulary.places.values()}
        return _with_used("place", known, self.more_places, (e.places for e in self.events))

    @property
    def actor_index(self) -> NameIndex:
        return self.vocabulary.actor_index

    @cached_property
    def source_index(self) -> NameIndex:
        """The sources of the events by their label (see ``Source.label``), each also known
        by its title, publication, author and heading."""
        known: dict[str, list[str]] = {}
        for event in self.events:
            source = event.source
            label = source.label if source is not None else None
            if source is None or label is None:
                continue
            names = known.setdefault(label, [])
            for name in (source.title, source.publication, source.author, source.heading):
                if name and name != label and name not in names:
                    names.append(name)
        return NameIndex.build("source", known.items())

    def name_index(self, keyword: str) -> NameIndex:
        """The index of one filter by names (``defaults.NAME_FILTERS``): "actors", "tags",
        "places" or "sources"."""
        indexes: dict[str, Callable[[], NameIndex]] = {
            "actors": lambda: self.actor_index,
            "tags": lambda: self.tag_index,
            "places": lambda: self.place_index,
            "sources": lambda: self.source_index,
        }
        return indexes[keyword]()


def _with_used(
    label: str,
    known: dict[str, tuple[str, ...]],
    more: Iterable[str],
    used: Iterable[Iterable[str]],
) -> NameIndex:
    """An index of the known names, with the names the data uses but the tables lack."""
    for name in more:
        known.setdefault(name, ())
    for names in used:
        for name in names:
            known.setdefault(name, ())
    return NameIndex.build(label, known.items())


def data_sources(
    data: Sequence[str | os.PathLike[str]] = (),
    *,
    bundled: bool = False,
    environ: Mapping[str, str] | None = None,
    library: str | os.PathLike[str] | None = None,
) -> list[DataSource]:
    """Which files to read: --data paths, else $KTIMELINE_DATA, else the bundled chronology
    and, given a ``library`` directory, every chronology in it.

    ``bundled`` (--bundled) adds the bundled chronology to the user's files. A directory
    given as a path stands for every chronology (``*.jsonl``) in it, and a path with ``*``,
    ``?`` or ``[`` that names no file for the files it matches (a glob the shell did not
    expand, or one inside $KTIMELINE_DATA).
    """
    env = os.environ if environ is None else environ
    chosen: list[str | os.PathLike[str]] = list(data)
    if not chosen and env.get(DATA_ENV):
        chosen = [part for part in env[DATA_ENV].split(os.pathsep) if part]
    sources = [source for path in chosen for source in _expanded(path)]
    if bundled or not sources:
        sources.insert(0, DataSource.bundled("chronology.jsonl"))
    if not chosen and library is not None:
        sources += [DataSource(path, path) for path in _chronology_paths(library)]
    return _once_each(sources)[0] if len(sources) > 1 else sources


def repeated_sources(
    data: Sequence[str | os.PathLike[str]] = (),
    *,
    bundled: bool = False,
    environ: Mapping[str, str] | None = None,
    library: str | os.PathLike[str] | None = None,
) -> list[tuple[DataSource, DataSource]]:
    """The files of a data choice named more than once (``--data a --data ./a``, a directory
    and its glob, the bundled file by its path and ``--bundled``): (the repeated name, the
    one read), which ``data_sources`` reads once."""
    env = os.environ if environ is None else environ
    chosen: list[str | os.PathLike[str]] = list(data)
    if not chosen and env.get(DATA_ENV):
        chosen = [part for part in env[DATA_ENV].split(os.pathsep) if part]
    if len(chosen) + bundled < 2:
        return []
    sources = [source for path in chosen for source in _expanded(path)]
    if bundled:
        sources.insert(0, DataSource.bundled("chronology.jsonl"))
    return _once_each(sources)[1]


def _once_each(
    sources: list[DataSource],
) -> tuple[list[DataSource], list[tuple[DataSource, DataSource]]]:
    """The sources with each file once (the first name it was given by: by its device and
    inode, so another path or a link is the same file), and the repeated ones with the
    source read instead. A file not there, or standard input, is kept as given (its
    reading reports it). Of a file's names, one with its actor file beside it is read
    rather than an earlier one without: a hard link in a library (``ln a.jsonl b.jsonl``,
    ``cp -l``) made the library read ``a.jsonl`` as ``b.jsonl``, without ``a.actors.jsonl``,
    and every question failed with "unknown actor"."""
    kept: list[DataSource] = []
    repeated: list[tuple[DataSource, DataSource]] = []
    first: dict[tuple[int, int], int] = {}  # a file -> where its source is in ``kept``
    for source in sources:
        try:
            status = os.stat(source.path) if source.path is not None else None
        except (OSError, ValueError):
            status = None
        if status is None or not stat.S_ISREG(status.st_mode):
            kept.append(source)
            continue
        identity = (status.st_dev, status.st_ino)
        if identity in first:
            earlier = kept[first[identity]]
            if actor_files_beside([source]) and not actor_files_beside([earlier]):
                kept[first[identity]] = source
                repeated.append((earlier, source))
            else:
                repeated.append((source, earlier))
            continue
        first[identity] = len(kept)
        kept.append(source)
    return kept, repeated


def _expanded(argument: str | os.PathLike[str]) -> list[DataSource]:
    """A path as the files it stands for: a directory's chronologies, a glob's matches."""
    text = os.fspath(argument)
    if text in (STDIN, ""):
        return [DataSource.from_argument(text)]
    path = path_text(text)
    if _is(stat.S_ISDIR, path):
        files = _chronology_paths(path)
        if not files:
            raise DataError([Problem(text, None, "is a directory with no *.jsonl chronology")])
        return [DataSource(file, file) for file in files]
    if not _exists(path) and any(mark in text for mark in "*?["):
        import glob

        matches = sorted(glob.glob(text))
        if not matches:
            raise DataError([Problem(text, None, "no file matches this pattern")])
        # as in a directory: a chronology's actors beside it are no chronology (they are
        # read as its actors, with it)
        matches = [match for match in matches if not match.endswith(ACTORS_BESIDE)]
        if not matches:
            reason = f"matches only actor files (*{ACTORS_BESIDE}), which are not chronologies"
            raise DataError([Problem(text, None, reason)])
        return [DataSource(match, path_text(match)) for match in matches]
    return [DataSource.from_argument(text)]


def load_events(
    sources: Sequence[DataSource],
    vocabulary: Vocabulary,
    problems: list[Problem],
    keep: Callable[[str, str], bool] | None = None,
    progress: Progress = NO_PROGRESS,
    known_elsewhere: Callable[[str], Actor | None] | None = None,
) -> tuple[list[Event], set[str], set[str]]:
    """Events from every source, validated; problems (with file:line) go to ``problems``.

    ``keep(start, end)``: which events to build and return (default: all); every event is
    checked all the same. Also returns the tags and places of the events not kept.
    ``known_elsewhere(name)``: an actor the vocabulary lacks, asked when an event names one
    (the knowledge base of the field: see api.Timeline); what it knows joins the vocabulary."""
    known_actors = vocabulary.actors
    learn = None
    if known_elsewhere is not None:
        find = known_elsewhere

        def learn(reason: str) -> Collection[str] | None:
            from ktimeline.reasons import unknown_actor

            name = unknown_actor(reason)
            actor = find(name) if name is not None else None
            if actor is None or name in vocabulary.actors:
                return None
            # a new table: the check of a table's names is made for it (schema.EventKind)
            vocabulary.actors = {**vocabulary.actors, actor.name: actor}
            return vocabulary.actors

    first_seen: dict[str, tuple[str, int]] = {}
    events: list[Event] = []
    other_tags: set[str] = set()
    other_places: set[str] = set()
    records = _records(sources, CHECKED_EVENTS, problems, known_actors, progress, learn)
    for source, number, (record, span) in records:
        event_id = record.id
        previous = first_seen.get(event_id)
        if previous is not None:
            where = f"{previous[0]}:{previous[1]}"
            problems.append(
                Problem(source.name, number, f"duplicate id {event_id!r} (also at {where})")
            )
            continue
        first_seen[event_id] = (source.name, number)
        if keep is None or keep(span[2], span[3]):
            events.append(built_event(record, span))
        else:
            if record.tags:
                other_tags.update(record.tags)
            if record.places:
                other_places.update(record.places)
    return events, other_tags, other_places


def load_chronology(
    data: Sequence[str | os.PathLike[str]] = (),
    *,
    bundled: bool = False,
    actor_files: Sequence[str | os.PathLike[str]] = (),
    environ: Mapping[str, str] | None = None,
    keep: Callable[[str, str], bool] | None = None,
    library: str | os.PathLike[str] | None = None,
    progress: Progress = NO_PROGRESS,
    more_actors: Mapping[str, Actor] | None = None,
    known_elsewhere: Callable[[str], Actor | None] | None = None,
) -> Chronology:
    """Load, validate and merge the chosen data into one timeline in date order.

    ``keep(start, end)`` (the first and last day of an event) chooses the events held, for
    a question that needs only some (a range): the others are validated, not built, and
    the chronology still knows every tag and place the data uses. ``library``: a library
    directory, read with the bundled chronology when no data is named (see
    ``data_sources``). ``progress`` is told how far the reading of each file has gone."""
    sources = data_sources(data, bundled=bundled, environ=environ, library=library)
    # (before the actors are read: `--data - --actors -` read the events as actors)
    read_standard_input_once([*(source.path or STDIN for source in sources), *actor_files])
    vocabulary = load_vocabulary([*actor_files, *actor_files_beside(sources)], more_actors)
    problems = Problems()
    with bulk_allocation():
        events, other_tags, other_places = load_events(
            sources, vocabulary, problems, keep, progress, known_elsewhere
        )
    if problems:
        raise DataError(problems)
    # A stable sort: events of one day keep their order in the file (the source's order).
    events.sort(key=_order_key)
    return Chronology(
        tuple(events), vocabulary, tuple(source.name for source in sources),
        more_tags=sorted(other_tags), more_places=sorted(other_places),
    )  # fmt: skip


def _exists(path: str) -> bool:
    """``Path(path).exists()`` (see ``_is``)."""
    return _is(lambda mode: True, path)


def _order_key(event: Event) -> str:
    """Date order, a partial date after the days of its period (see dates.order_key)."""
    return order_key(event.date)


def chronology_files(directory: Path) -> list[Path]:
    """The chronologies of a directory, by name: its ``*.jsonl`` regular files, hidden ones
    (temporary files of a write under way) left out. A missing directory holds none."""
    return [directory / name for name in _chronology_names(directory)]


def _chronology_paths(directory: str | os.PathLike[str]) -> list[str]:
    """``chronology_files`` as strings (``path_text``)."""
    text = path_text(directory)
    return [path_text(os.path.join(text, name)) for name in _chronology_names(text)]


def _chronology_names(directory: str | os.PathLike[str]) -> list[str]:
    """The names of ``chronology_files``."""
    try:
        entries = list(os.scandir(directory))
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        raise UsageError(f"{directory} is not a directory") from None
    except OSError as exc:
        raise UsageError(f"cannot read the directory {directory}: {exc.strerror or exc}") from None
    named = [
        entry
        for entry in entries
        if entry.name.endswith(".jsonl")
        and not entry.name.endswith(ACTORS_BESIDE)  # a chronology's actors, not a chronology
        and not entry.name.startswith(".")
    ]
    broken = [entry for entry in named if entry.is_symlink() and not os.path.exists(entry.path)]
    if broken:  # (it was skipped: its events left out of every answer, without a word)
        raise DataError([
            Problem(path_text(entry.path), None, f"a link to {os.readlink(entry.path)}, which "
                    "does not exist (restore or mount its target, or remove the link)")
            for entry in sorted(broken, key=lambda entry: entry.name)
        ])  # fmt: skip
    # (by name, as paths of one directory sort: a fifth of the time of sorting paths)
    return sorted(entry.name for entry in named if entry.is_file())


# The actors a chronology NAME.jsonl names that the actor tables lack (written by `import`
# from the knowledge base of the field, or new) are in NAME.actors.jsonl beside it, read
# whenever the chronology is: so that its events load without an --actors option.
ACTORS_BESIDE = ".actors.jsonl"


def actors_beside(path: Path) -> Path:
    """Where the actor file of the chronology at ``path`` is (it may not exist)."""
    return path.with_name(_actors_name(path.name))


def _actors_name(chronology_name: str) -> str:
    return chronology_name.removesuffix(".jsonl") + ACTORS_BESIDE


def actor_files_beside(sources: Sequence[DataSource]) -> list[str]:
    """The actor files that exist beside the chronologies read (not the bundled one's)."""
    found = []
    for source in sources:
        if source.path is None or source.is_bundled:
            continue
        directory, name = os.path.split(source.path)  # a path_text: no "/" at the end
        if name and name != ".":  # pathlib: "/" and "." have no name
            beside = os.path.join(directory, _actors_name(name))
            if _is(stat.S_ISREG, beside):
                found.append(beside)
    return found
