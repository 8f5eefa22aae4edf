"""Neutralising data before it reaches a terminal or a line-oriented pipe.

A data file must not be able to retitle, recolour or reprogram the user's terminal, to make
text read other than it is, nor to break the one-record-per-line promise of ``plain``:

* control characters (C0, DEL, C1 — which include ESC and the 8-bit CSI) are shown as
  visible escapes (``\\e``, ``\\t``, ``\\x07``) instead of being sent;
* characters that are invisible or reorder what is shown — bidirectional overrides and
  isolates (RLO, LRI, PDI …), zero-width spaces and joiners, the byte order mark — and the
  Unicode line and paragraph separators (which ``str.splitlines`` and JavaScript take for
  line ends) are shown as ``\\u202e`` and the like.
  A zero-width joiner or non-joiner stays where it is spelling, its effect visible (Persian
  "می‌خواهند", a Hindi conjunct, an emoji ZWJ sequence: ``ktimeline.joiners``), and is
  shown as an escape anywhere else (between Latin letters, at a word's edge, doubled).

``TerminalSafe`` does the same to any format written to a terminal (csv, tsv, ics, json …),
keeping only the format's own tabs and line ends; in a pipe those formats stay byte-exact.
"""

from __future__ import annotations

import functools
import re
from functools import lru_cache
from typing import TextIO

from ktimeline.joiners import JOINERS, joiner_shows

# Invisible or reordering characters: Arabic letter mark, zero-width space/joiners and the
# directional marks, line/paragraph separators, embeddings and overrides, word joiner and
# invisible operators, isolates, and the byte order mark (zero-width no-break space) — and
# the other characters Unicode marks as ignorable (shown as nothing) that carry no meaning a
# reader could see: the soft hyphen, the combining grapheme joiner, the Hangul fillers, the
# Khmer inherent vowels, the Mongolian variation selectors, the deprecated format characters
# (U+206A-206F), the interlinear annotation marks, the musical-notation format characters and
# the tag characters (U+E0000-E007F, which can spell hidden ASCII after any character).
# Variation selectors (U+FE00-FE0F, U+E0100-E01EF) stay: they choose how a visible emoji or
# ideograph is drawn, and escaping them would garble real names.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\x1b": "\\e"}


@functools.cache
def _shown() -> re.Pattern[str]:
    """The characters ``visible_controls`` escapes. Compiled when first needed (~0.6 ms, a
    tenth of a plain query: most text is printable, and ``_nothing_shown`` passes it)."""
    return re.compile(f"[\x00-\x1f\x7f-\x9f{_INVISIBLE}]")


@functools.cache
def _shown_on_terminal() -> re.Pattern[str]:
    """On a terminal, a format keeps its own tabs, line feeds and CR LF line ends (csv, ics).
    Compiled when first needed (~0.2 ms: output to a pipe or a file never needs it)."""
    return re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_INVISIBLE}]|\r(?!\n)")


@functools.cache
def _not_in_a_text_field() -> re.Pattern[str]:
    """What a text field of a file keeps (tab, line feed, carriage return: the format escapes
    them) and what it must not carry: iCalendar's TEXT (RFC 5545, 3.3.11) forbids every other
    C0 control and DEL; C1 (NEL) and the Unicode line and paragraph separators are taken by
    some readers for line ends. Compiled when first needed (only -f ics needs it)."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in JOINERS and joiner_shows(match.string, match.start()):
        return char  # (a joiner that is spelling: Persian, a conjunct, an emoji sequence)
    named = _NAMED.get(char)
    if named:
        return named
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible_controls(text: str) -> str:
    """Control, invisible and reordering characters as visible escapes (``\\e``,
    ``\\t``, ``\\x07``, ``\\u202e`` …); everything else as it is."""
    if _nothing_shown(text):
        return text
    shown = _shown()
    return shown.sub(_visible, text) if shown.search(text) else text


def _nothing_shown(text: str) -> bool:
    """Does ``text`` hold none of the characters ``visible_controls`` escapes? Most text is
    printable (``str.isprintable``, a pass in C, ten times the speed of the regex): it then
    holds none of them but perhaps one of the few that Python counts as printable (the
    Hangul fillers …), each looked for."""
    return text.isprintable() and not any(char in text for char in _printable_shown())


@functools.cache
def _undecoded() -> re.Pattern[str]:
    """A byte that did not decode (a file name, an argument: Python keeps it as a surrogate,
    U+DC80-DCFF), raw or as the ``repr`` of a message shows it (``'\\udcff'``). Compiled
    when first needed: a message without a backslash or a surrogate never needs it."""
    return re.compile(r"[\udc80-\udcff]|(?<!\\)\\udc([89a-f][0-9a-f])")


def _undecoded_byte(match: re.Match[str]) -> str:
    code = ord(match.group()) - 0xDC00 if match.group(1) is None else int(match.group(1), 16)
    return f"\\x{code:02x}"


def message_text(text: str) -> str:
    """A message for the user: as ``visible_controls``, and a byte given that did not decode
    shown as the byte (``\\xff``), not as Python's surrogate escape (``\\udcff``)."""
    shown = visible_controls(text)
    if "\\" not in shown and _no_surrogate(shown):
        return shown
    return _undecoded().sub(_undecoded_byte, shown)


def _no_surrogate(text: str) -> bool:
    """No lone surrogate in ``text``: UTF-8 encodes every other character."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text_field(text: str) -> str:
    """Text for a field of a file format that escapes its own line breaks (iCalendar): the
    controls it may not hold shown as visible escapes (``\\x00``, ``\\x85``), so that nothing
    is dropped and the file stays valid; everything else, invisible characters too, exact."""
    forbidden = _not_in_a_text_field()
    if not forbidden.search(text):
        return text
    return forbidden.sub(_visible, text)


def plain_field(text: str) -> str:
    """A field of ``plain``: unambiguous, on one line (a backslash is written ``\\\\``, so
    ``\\n`` in the output is always an escaped newline and never the data's own)."""
    return visible_controls(text.replace("\\", "\\\\"))


def plain_fields_unchanged(text: str) -> bool:
    """Would ``plain_field`` leave ``text`` (and so each part of it) as it is? One test of
    many fields joined together, which escaping each then only needs when it fails."""
    return "\\" not in text and (_nothing_shown(text) or _shown().search(text) is None)


@lru_cache(maxsize=1)
def _printable_shown() -> tuple[str, ...]:
    """The characters ``visible_controls`` escapes that ``str.isprintable`` accepts (the
    combining grapheme joiner, the Hangul fillers, Khmer inherent vowels, Mongolian
    variation selectors; whichever they are in this Python's Unicode version)."""
    found = []
    ranges = [(ord(run[0]), ord(run[-1])) for run in re.findall(".-.|.", _INVISIBLE, re.DOTALL)]
    for low, high in ranges:  # (first, last) code points; the controls are never printable
        found += [chr(code) for code in range(low, high + 1) if chr(code).isprintable()]
    return tuple(found)


def terminal_safe(text: str) -> str:
    """Output of a machine format, made safe to show on a terminal (see the module doc)."""
    shown = _shown_on_terminal()
    return shown.sub(_visible, text) if shown.search(text) else text


class TerminalSafe:
    """A text stream that shows a format's output safely on the terminal it writes to."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.encoding = stream.encoding

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True
