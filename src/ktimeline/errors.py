"""The project's errors and exit codes.

The core raises these and never prints; the CLI's single boundary (``cli_boundary``) turns
them into one line on stderr and the exit code named here.
"""

from __future__ import annotations

from enum import IntEnum

from .values import Value


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
    """One thing wrong with a data file, located as ``path:line``."""

    __slots__ = ("line", "path", "reason")
    path: str
    line: int | None
    reason: str

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self._set(path=path, line=line, reason=reason)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class DataError(KtimelineError):
    """A data file (chronology, actors, places, tags) is missing or invalid."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "invalid data"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problems)" if more > 0 else ""))

    def lines(self) -> list[str]:
        return [str(problem) for problem in self.problems]


class UsageError(KtimelineError):
    """An argument or option the user gave cannot be used."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if hint is None else f"{message} ({hint})")


class OutputError(KtimelineError):
    """The output could not be written (full disk, closed stream, existing file)."""
