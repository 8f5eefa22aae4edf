"""The project's errors and exit codes.

The core raises these and never prints. They carry data — which argument, what value, which
candidates — and are worded without command-line flags: the CLI's single boundary
(``cli.main``) words them for a terminal and exits with the code named here.
"""

from __future__ import annotations

from enum import IntEnum

from ktimeline.immutable import Value


class ExitCode(IntEnum):
    """Exit codes, the same for every command (documented in the README)."""

    OK = 0  # results were found and written
    NO_RESULTS = 1  # the query ran and matched nothing (as grep and ripgrep)
    USAGE = 2  # bad arguments, bad data, or output that could not be written
    SOFTWARE = 70  # a bug: an unexpected exception (sysexits EX_SOFTWARE)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class KtimelineError(Exception):
    """Base of every error a user can cause; carries its exit code."""

    exit_code: ExitCode = ExitCode.USAGE

    def lines(self) -> list[str]:
        """The message, one problem per line."""
        return [str(self)]


class Problem(Value):
    """One thing wrong with a data file, located as ``path:line``.

    ``kind`` says what sort of problem it is, for a reader that offers a way out (the CLI's
    hint): ``NOT_UTF8`` for bytes that are not UTF-8, "" for any other. ``remedied``: the
    reason itself already names the way out ("try --encoding cp1252"), so none is added.
    Both are set where the problem is made, never read back from the reason's words."""

    __slots__ = ("kind", "line", "path", "reason", "remedied")
    path: str
    line: int | None
    reason: str
    kind: str
    remedied: bool

    NOT_UTF8 = "not-utf8"

    def __init__(
        self, path: str, line: int | None, reason: str, kind: str = "", remedied: bool = False
    ) -> None:
        self._set(path=path, line=line, reason=reason, kind=kind, remedied=remedied)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


MAX_PROBLEMS_KEPT = 1000  # a file of endless bad lines must not fill the memory


class Problems(list[Problem]):
    """The problems found so far: the first ``limit`` kept, the others only counted."""

    def __init__(self, limit: int = MAX_PROBLEMS_KEPT) -> None:
        super().__init__()
        self.limit = limit
        self.unkept = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.limit:
            super().append(problem)
        else:
            self.unkept += 1


class DataError(KtimelineError):
    """A data file (chronology, actors, places, tags) is missing or invalid."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        self.unkept: int = getattr(problems, "unkept", 0)  # found but not kept (Problems)
        # a line a command adds after the problems (validate: the actor tables it read)
        self.closing_note: str | None = None
        first = str(self.problems[0]) if self.problems else "invalid data"
        more = len(self.problems) - 1 + self.unkept
        super().__init__(first + (f" (and {more} more problems)" if more > 0 else ""))

    def lines(self) -> list[str]:
        lines = [str(problem) for problem in self.problems]
        if self.unkept:
            lines.append(
                f"… and {self.unkept} more problems (only the first {len(self.problems)} "
                "are listed)"
            )
        return lines


class UsageError(KtimelineError):
    """An argument the caller gave cannot be used.

    ``argument`` names the parameter (``"actors"``, ``"limit"``…) and ``value`` what was
    given, when the error is about one argument; the message never names a command-line
    flag (the CLI words its own messages from these fields).
    """

    def __init__(
        self,
        message: str,
        hint: str | None = None,
        *,
        argument: str | None = None,
        value: object = None,
    ) -> None:
        self.message = message
        self.hint = hint
        self.argument = argument
        self.value = value
        super().__init__(message if hint is None else f"{message} ({hint})")


class InvalidArgumentError(UsageError):
    """A value out of its allowed range: ``argument`` ``reason`` (e.g. limit must be 0 or more)."""

    def __init__(self, argument: str, value: object, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{argument} {reason}", argument=argument, value=value)


class NameLookupError(UsageError):
    """Base of the errors about a name (of an actor, tag, place or event id)."""

    def __init__(
        self,
        message: str,
        hint: str | None,
        *,
        kind: str,
        argument: str | None,
        value: str,
        candidates: tuple[str, ...],
    ) -> None:
        self.kind = kind  # "actor", "tag", "place", "event id"
        self.candidates = candidates
        super().__init__(message, hint, argument=argument, value=value)


class UnknownNameError(NameLookupError):
    """No actor, tag, place or event has this name; ``candidates`` are the nearest ones."""

    def __init__(
        self,
        kind: str,
        value: str,
        candidates: tuple[str, ...] = (),
        *,
        argument: str | None = None,
    ) -> None:
        if kind == "event id":
            hint = f"did you mean {', '.join(candidates)}?" if candidates else None
        else:
            hint = f"did you mean {' or '.join(map(repr, candidates))}?" if candidates else None
        super().__init__(
            f"unknown {kind} {value!r}", hint, kind=kind, argument=argument, value=value,
            candidates=candidates,
        )  # fmt: skip


class AmbiguousNameError(NameLookupError):
    """The name stands for several things, all listed in ``candidates``."""

    MAX_LISTED = 6

    def __init__(
        self, kind: str, value: str, candidates: tuple[str, ...], *, argument: str | None = None
    ) -> None:
        listed = ", ".join(candidates[: self.MAX_LISTED])
        if len(candidates) > self.MAX_LISTED:
            listed += ", …"
        super().__init__(
            f"{kind} {value!r} is ambiguous", f"could be: {listed}", kind=kind,
            argument=argument, value=value, candidates=candidates,
        )  # fmt: skip


class OutputError(KtimelineError):
    """The output could not be written (full disk, closed stream, existing file).
    ``reason`` is what the system said (``strerror``), for a caller that words the error
    itself ("actors_out Permission denied"); else the message."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        self.reason = message if reason is None else reason
        super().__init__(message)


class TargetExistsError(OutputError):
    """A file to write exists, and neither overwriting nor adding to it was asked for."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"{path} exists (overwrite it or add to it, if that is what you mean)")
