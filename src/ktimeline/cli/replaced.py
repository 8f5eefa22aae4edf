"""Characters human output could not write in its encoding: written as "?", counted, and said
once on stderr at the end of the run. Shared by the output stream and the pager, which both
write human formats in the terminal's encoding."""

from __future__ import annotations

REPLACING = "ktimeline-replace"  # the error handler of human output (see replaced_note)


class _Replaced:
    """How many characters human output could not write in its encoding: written as "?"
    (a table, plain, markdown to ``PYTHONIOENCODING=ascii`` or a latin-1 locale), and said
    once on stderr at the end (``replaced_note``) — before, they were replaced silently."""

    count = 0
    encoding = ""

    @classmethod
    def handler(cls, error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeEncodeError):
            raise error
        cls.count += error.end - error.start
        cls.encoding = error.encoding
        return "?" * (error.end - error.start), error.end


def replacing_errors() -> str:
    """The error handler for human output: "?" for what cannot be written, counted."""
    import codecs

    try:
        codecs.lookup_error(REPLACING)
    except LookupError:
        codecs.register_error(REPLACING, _Replaced.handler)
    return REPLACING


def replaced_note() -> str | None:
    """The one line that says human output lost characters to its encoding, and how to keep
    them; None when nothing was replaced."""
    count, _Replaced.count = _Replaced.count, 0  # (said once: main() may run again)
    if not count:
        return None
    what = "1 character was" if count == 1 else f"{count:,} characters were"
    return (
        f"ktimeline: note: {what} not written in the output's encoding "
        f"({_Replaced.encoding}) but shown as '?': set a UTF-8 locale or "
        f"PYTHONIOENCODING=utf-8 to see {'it' if count == 1 else 'them'} "
        "(-f jsonl, json, csv and tsv are always UTF-8)"
    )
