"""The CLI's words for the core's errors and notes (the one place that knows flag names).

The core raises errors that carry data — the argument, the value, the candidates — and
attaches notes to its answers; here they become the lines a terminal user reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ktimeline.defaults import NAME_FILTERS
from ktimeline.errors import (
    DataError,
    InvalidArgumentError,
    KtimelineError,
    Problem,
    TargetExistsError,
    UnknownNameError,
)

if TYPE_CHECKING:
    from ktimeline.vocabulary import NameNote

# The facade's argument names -> what the user typed them as (the filters by name from
# their one declaration: "sources" was missing, so `--source ''` said "sources is empty").
FLAGS = {
    **{keyword: option for keyword, option, *_ in NAME_FILTERS}, "section": "--section",
    "since": "--from", "until": "--to", "limit": "--limit", "context": "--context",
    "speaker": "--speaker", "threshold": "--threshold", "by": "--by", "name": "NAME",
    "ids": "ID", "start": "START", "end": "END", "append": "--append", "force": "--force",
    "query": "QUERY", "encoding": "--encoding", "source_title": "--source-title",
    "source_section": "--source-section", "year": "--year", "file": "FILE", "out": "--out",
    "paths": "--data", "actor_files": "--actors", "actors_out": "--actors-out",
    "retrieved": "--retrieved",
}  # fmt: skip

# Where to look when a name leads nowhere and nothing is near it.
LISTINGS = {
    "actor": "run 'ktimeline actors' to list them",
    "tag": "run 'ktimeline tags' to list them",
    "place": "run 'ktimeline stats --by place' to list them",
    "event id": "run 'ktimeline range' to list ids",
}

HOW = {"words": "by its words", "prefix": "as a prefix", "spelling": "as a likely typo"}


def flag(argument: str | None) -> str | None:
    return FLAGS.get(argument) if argument is not None else None


def error_lines(error: KtimelineError) -> list[str]:
    """The error as the lines the CLI prints (after "ktimeline: error: ")."""
    if isinstance(error, InvalidArgumentError) and flag(error.argument):
        return [f"{flag(error.argument)} {error.reason}"]
    if isinstance(error, UnknownNameError) and not error.candidates and error.kind in LISTINGS:
        return [f"{error.message} ({LISTINGS[error.kind]})"]
    if isinstance(error, TargetExistsError):
        return [f"{error.path} exists; use --force to overwrite it or --append to add to it"]
    return error.lines()


def note_line(note: NameNote) -> str:
    """ "ktimeline: note: --actor 'Beigun' read as Stephen Biegun (as a likely typo)"."""
    where = flag(note.argument)
    given = f"{where} {note.value!r}" if where and where.startswith("-") else repr(note.value)
    return f"ktimeline: note: {given} read as {note.name} ({HOW.get(note.how, note.how)})"


def data_hint(error: KtimelineError) -> str | None:
    """How to mend what a data error reports, when it is a name no actor table (nor the
    knowledge base of the field) holds: the one line after the problems."""
    if not isinstance(error, DataError):
        return None
    from ktimeline.loader import ACTORS_BESIDE
    from ktimeline.reasons import unknown_actor

    encoded = next(
        (p.path for p in error.problems if p.kind == Problem.NOT_UTF8 and not p.remedied), None
    )
    if encoded is not None:  # most often a file saved by Windows (Notepad's "ANSI", Excel)
        from shlex import quote

        return (
            f"ktimeline: hint: {encoded} is not UTF-8 text; if Windows wrote it, convert it: "
            f"iconv -f cp1252 -t utf-8 {quote(encoded)} > NEW.jsonl"
        )
    twice = next(
        (
            p.path
            for p in error.problems
            if p.reason.startswith("duplicate name")
            and p.path.endswith(ACTORS_BESIDE)
            # (a name twice in one file is that file's own mistake, no second file's)
            and f"(first at {p.path}:" not in p.reason
        ),
        None,
    )
    if twice is not None:  # two chronologies' own actor files, each with its own record
        return (
            "ktimeline: hint: two actor files beside chronologies give one name two "
            "different records: make them the same (edit either file); in a library, import "
            "the later source again with --add, which writes the record the library holds"
        )
    if not any(unknown_actor(problem.reason) for problem in error.problems):
        return None
    return (
        "ktimeline: hint: an actor file names the actors the tables lack: pass it with "
        "--actors FILE (the format of data/actors.jsonl); import --out NAME.jsonl writes "
        "NAME.actors.jsonl beside its events, read with them"
    )
