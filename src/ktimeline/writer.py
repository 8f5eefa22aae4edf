"""Writing events to a user's file without ever losing what was there.

The new content goes to a temporary file in the same directory, is flushed to disk, and then
renamed over the target in one step (``os.replace``). Until that rename the user's file is
untouched; after it, the new file is complete. A failure at any point — bad input, Ctrl-C, a
full disk — removes the temporary file and leaves the original exactly as it was; a run
killed outright leaves one, which the next write to that file removes.

Writers of one file take turns: an advisory lock (``fcntl.flock`` on a lock file beside the
target, ``.NAME.lock``, removed when done) is held around the whole read-modify-rename, so
two runs appending to one file both land: what counts as already there (the same date and
text) and which ids are free are decided under the lock, from the file as it then is. A run
that finds the lock taken waits up to ``LOCK_TIMEOUT`` seconds (``KTIMELINE_LOCK_TIMEOUT``).
The lock file is opened without following a symbolic link and used only if it is a regular
file of the user's own: a link planted there must not make the lock truncate its target. A
run stopped by SIGTERM or SIGHUP while it holds the lock still removes the lock and its
temporary file (a ``kill -9`` cannot be caught; the next run removes what it left).

Every line written is first read back with the loader's rules (``checked_lines``): a writer
never leaves a file that ``ktimeline validate`` refuses.

A symbolic link is written through to its target; the target keeps its permissions, and a
new file gets the permissions the umask allows.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ktimeline.errors import DataError, OutputError, Problem, TargetExistsError
from ktimeline.jsonl import json_line
from ktimeline.model import event_to_record

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Container, Iterator, Mapping, Sequence
    from types import FrameType

    from ktimeline.model import Event

LOCK_TIMEOUT = 30.0  # seconds a writer waits for another one writing the same file
LONGEST_WAIT = 24 * 3600.0  # the longest KTIMELINE_LOCK_TIMEOUT may ask for (a wait ends)


@dataclass(frozen=True)
class WriteSummary:
    added: int  # events that were not there before
    already_present: int  # --append: events skipped as duplicates (same date and text)
    renamed: int = 0  # --append: events given a new id, theirs being taken in the file


def jsonl_lines(
    events: Sequence[Event], known_actors: Collection[str] | None = None, name: str = "output"
) -> list[str]:
    """The JSON lines of ``events``, each checked as the loader will read it (see
    ``checked_lines``)."""
    lines = [json_line(event_to_record(event)) + "\n" for event in events]
    checked_lines(lines, known_actors, name)
    return lines


def checked_lines(
    lines: Sequence[str], known_actors: Collection[str] | None = None, name: str = "output"
) -> None:
    """Raise DataError unless the loader would read every line as a valid event: the
    loader's record rules (``schema.EVENTS``), its longest line, no unpaired surrogate, no
    id twice. A writer checks before it writes, so what it writes always loads again;
    ``name`` is the file the problems name."""
    import json

    from ktimeline.loader import max_line_bytes
    from ktimeline.schema import EVENTS, RecordError, lone_surrogate

    limit = max_line_bytes()
    if _all_load(lines, known_actors, limit):
        return
    problems: list[Problem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        value = json.loads(line)
        event_id = value.get("id") if isinstance(value, dict) else None
        what = f"event {number} ({event_id})" if isinstance(event_id, str) else f"event {number}"
        reason = None
        if len(line.encode("utf-8", "surrogatepass")) > limit:
            reason = f"its line would be longer than {limit} bytes, the most ktimeline reads"
        elif _may_hold_surrogate(line) and lone_surrogate(value) is not None:
            reason = "text holds an unpaired surrogate"
        elif isinstance(event_id, str) and event_id in seen:
            reason = f"duplicate id {event_id!r}"
        else:
            try:
                EVENTS.from_value(value, known_actors)
            except RecordError as exc:
                reason = str(exc)
        if isinstance(event_id, str):
            seen.add(event_id)
        if reason is not None:
            problems.append(Problem(name, None, f"{what} would not load ({reason}); not written"))
    if problems:
        raise DataError(problems)


def _all_load(lines: Sequence[str], known_actors: Collection[str] | None, limit: int) -> bool:
    """Whether every line surely loads, told the way the loader reads a line (msgspec's
    decoder of the record, then its checks: ``CHECKED_EVENTS.parts``), without the json module's
    decoding and conversion of each line that finding a reason needs. False at any doubt —
    a line too long, a surrogate (one that UTF-8 cannot encode; msgspec refuses an escaped
    one, ``"\\ud800"``), a record refused, an id twice — and the lines are then checked one
    by one (``checked_lines``), which says what is wrong."""
    from ktimeline.schema import CHECKED_EVENTS, UNDECODED, RecordError

    decode, check = CHECKED_EVENTS.parts(known_actors)  # (the checks, no event built)
    seen: set[str] = set()
    for line in lines:
        try:
            raw = line.encode("utf-8")
        except UnicodeEncodeError:  # a surrogate
            return False
        if len(raw) > limit:
            return False
        try:
            event_id = check(decode(raw))[0].id
        except (*UNDECODED, RecordError):
            return False
        if event_id in seen:
            return False
        seen.add(event_id)
    return True


def _may_hold_surrogate(line: str) -> bool:
    """Whether a decoded string of ``line`` may hold a surrogate: only if the line holds one
    as such or an escape (``\\u``) that may decode to one. Most lines hold neither, and are
    not walked value by value (``lone_surrogate``)."""
    return "\\u" in line or (not line.isascii() and _SURROGATE.search(line) is not None)


_SURROGATE = re.compile("[\ud800-\udfff]")
_NUMBERED = re.compile(r"(?P<base>.+)-(?P<number>[0-9]+)")


def unique_id(
    wanted: str,
    taken: Container[str],
    resume: dict[tuple[str, int], int] | None = None,
    *,
    numbered: bool = True,
) -> str:
    """``wanted``, or when it is taken the first free ``BASE-N`` after it (``x`` becomes
    ``x-2``, ``x-2`` becomes ``x-3``): how an importer numbers entries that would share
    an id. ``resume`` (for a caller that adds each id chosen to ``taken``, which only grows)
    remembers, for a base and a number, a later number all before which are taken (with
    path compression), so that thousands of ids wanting one base cost about linear work,
    not quadratic. ``numbered=False`` where a wanted id's last number is no suffix but its
    text's own, as an id made from an entry's words ("…-in-7-2", "in a 7-2 decision", goes
    on to "…-in-7-2-2", never "…-in-7-3")."""
    if wanted not in taken:
        return wanted
    base, number = wanted, 2
    match = _NUMBERED.fullmatch(wanted) if numbered else None
    if match is not None and int(match["number"]) >= 2:
        base, number = match["base"], int(match["number"]) + 1
    passed: list[int] = []  # the taken numbers this search stepped over
    while True:
        if resume is not None and (base, number) in resume:
            passed.append(number)
            number = resume[(base, number)]
        elif f"{base}-{number}" in taken:
            passed.append(number)
            number += 1
        else:
            break
    if resume is not None:
        for step in passed:  # (each of them, and all after it before ``number``, is taken)
            resume[(base, step)] = number
    return f"{base}-{number}"


def real_target(path: Path) -> Path:
    """The file a write to ``path`` should replace: a symbolic link's target, not the link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temporary_prefix(path: Path) -> str:
    """How temporary files for ``path`` begin: ``.NAME.PID.`` (the owner, for clean-up)."""
    return f".{path.name}.{os.getpid()}."


_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]+)(?:\.[^.]*)?\.tmp")


def remove_orphans(directory: Path, name: str) -> None:
    """Remove the temporary files ``.NAME.PID[.x].tmp`` (NAME may be a glob pattern) whose
    process is gone: what runs that were killed left behind."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or not fnmatch.fnmatchcase(match["name"], name):
            continue
        if not process_alive(int(match["pid"])):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or cannot tell: keep its files
    return True


def is_special_file(path: Path) -> bool:
    """``path`` is a device, a FIFO or a socket (``/dev/null``, ``/dev/stdout``): something to
    write into, never to replace with a regular file."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _cannot_write(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}", exc.strerror or str(exc))


def write_into(path: Path, content: bytes) -> None:
    """Write ``content`` into a device or FIFO as it is (no temporary file, no rename)."""
    try:
        with path.open("wb") as stream:
            stream.write(content)
    except OSError as exc:
        raise _cannot_write(path, exc) from None


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` in one step, or leave it untouched. A device or
    FIFO is written into instead: replacing it would turn it into a regular file."""
    if is_special_file(path):
        write_into(path, content)
        return
    with staged(path, content) as commit:
        commit()


@contextlib.contextmanager
def staged(path: Path, content: bytes) -> Iterator[Callable[[], None]]:
    """Write ``content`` to a temporary file beside ``path`` (on disk, synced) and yield
    the step that renames it into place. Whatever fails before that step (a full disk
    while writing, an error or Ctrl-C in the caller's block) leaves ``path`` untouched and
    the temporary file removed: a caller that must change another file together with
    ``path`` stages ``path`` first, so that a disk too full for it is found before
    anything changed."""
    path = real_target(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(
            dir=directory, prefix=temporary_prefix(path), suffix=".tmp"
        )
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    committed = False

    def commit() -> None:
        nonlocal committed
        os.replace(temporary, path)
        committed = True

    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        yield commit
    except BaseException as exc:  # Ctrl-C included: never leave a half-written file behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise
    if not committed:  # the caller's block ended without renaming: nothing changes
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def to_append(existing: Sequence[Event], events: Sequence[Event]) -> tuple[list[Event], int]:
    """The events to add to a file holding ``existing``, and how many of them were given a
    new id. An event is already there when one of the same date and text is (whatever its
    id: a duplicate is judged by content); an event whose id is taken by another event gets
    the next free one (``unique_id``), and the ``related`` links of the new events follow."""
    taken = {event.id for event in existing}
    there = {(event.date, event.text) for event in existing}
    new: list[Event] = []
    renamed: dict[str, str] = {}
    resume: dict[tuple[str, int], int] = {}
    for event in events:
        if (event.date, event.text) in there:
            continue
        chosen = unique_id(event.id, taken, resume)
        taken.add(chosen)
        if chosen != event.id:
            renamed[event.id] = chosen
            event = event._replace(id=chosen)
        new.append(event)
    if renamed:
        new = [
            event._replace(related=tuple(renamed.get(link, link) for link in event.related))
            if event.related
            else event
            for event in new
        ]
    return new, len(renamed)


def lock_timeout(environ: Mapping[str, str] | None = None) -> float:
    from ktimeline.settings import seconds

    return seconds("KTIMELINE_LOCK_TIMEOUT", LOCK_TIMEOUT, highest=LONGEST_WAIT, environ=environ)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None, what: str | None = None) -> Iterator[Path]:
    """Hold the write lock of ``path`` (waiting up to ``timeout`` seconds for another
    writer); yields the file to write (a symbolic link's target). Leftovers of killed runs
    are removed once the lock is held. Without ``fcntl`` (Windows) no lock is taken.
    ``what`` names what is written in the message of a run that gives up waiting (default:
    ``path``; "the library DIR" when ``path`` only names its lock)."""
    target = real_target(path)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield target
        return
    wait = lock_timeout() if timeout is None else timeout
    lock_path = target.with_name(f".{target.name}.lock")
    deadline = time.monotonic() + wait
    while True:
        descriptor = _open_lock_file(path, lock_path, what)
        if descriptor is None:
            continue  # (the holder before us removed it between our open and our look)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(descriptor, 20, 0).decode("ascii", "replace").strip()
            os.close(descriptor)
            if time.monotonic() >= deadline:
                who = f" (process {owner})" if owner.isdigit() else ""
                if what is not None:  # (its lock file, then, is worth naming)
                    who = f" (process {owner}, holding {lock_path})" if owner.isdigit() else (
                        f" (holding {lock_path})")  # fmt: skip
                raise OutputError(
                    f"{what or path} is being written by another ktimeline run{who}; gave up "
                    f"after waiting {wait:g} s (KTIMELINE_LOCK_TIMEOUT sets how long)"
                ) from None
            time.sleep(0.05)
            continue
        if _same_file(descriptor, lock_path):
            break
        os.close(descriptor)  # the holder before us removed it: lock the new one
    try:
        with contextlib.suppress(OSError):
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode("ascii"), 0)
        remove_orphans(target.parent if str(target.parent) else Path("."), target.name)
        with _stopped_cleanly():
            yield target
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)  # (still locked: a waiter then sees it is gone, and retries)
        os.close(descriptor)


def _open_lock_file(path: Path, lock_path: Path, what: str | None = None) -> int | None:
    """The lock file, opened for reading and writing (created if missing). Refused unless it
    is a regular file of this user with no other name: a symbolic link, a hard link, a FIFO
    or a device planted as the lock would otherwise have its target truncated. ``what``
    names what is written when ``path`` only names the lock (the library's ``DIR/library``,
    a file that does not exist). None when the file was unlinked as it was opened (the
    holder before us releasing it): the caller opens it again."""
    written = what or path
    refusal = (
        f"cannot write {written}: its lock file {lock_path} is not a regular file of yours "
        "(a symbolic or hard link, a device or another user's file); remove it if no "
        "ktimeline run is writing"
    )
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(lock_path, flags, 0o666)
    except OSError as exc:
        if os.path.islink(lock_path):
            raise OutputError(refusal) from None
        raise OutputError(f"cannot write {written}: {exc.strerror or exc}") from None
    try:
        held = os.fstat(descriptor)
    except OSError as exc:
        os.close(descriptor)
        raise OutputError(f"cannot write {written}: {exc.strerror or exc}") from None
    if held.st_nlink == 0 and stat.S_ISREG(held.st_mode):
        os.close(descriptor)  # the holder before us unlinked it as we opened it: None, and
        return None  # the caller opens the new one (a false "hard link" refusal before)
    if not stat.S_ISREG(held.st_mode) or held.st_nlink != 1 or held.st_uid != _user():
        os.close(descriptor)
        raise OutputError(refusal)
    return descriptor


def _user() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else 0


class Stopped(SystemExit):
    """The process was asked to stop (SIGTERM, SIGHUP) while it held a write lock: raised
    so that the lock and the temporary file are removed on the way out. Its code is the
    shell's for a death by that signal (128 + its number)."""


_STOPPING_SIGNALS = ("SIGTERM", "SIGHUP")


@contextlib.contextmanager
def _stopped_cleanly() -> Iterator[None]:
    """While a write lock is held: SIGTERM and SIGHUP, if nothing else handles them (their
    default action kills the process at once), raise ``Stopped`` instead, so that the
    ``finally`` blocks run. Only in the main thread, where handlers can be set."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Stopped(128 + signum)

    previous: dict[int, Any] = {}
    for name in _STOPPING_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        held, named = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _refuse_a_directory(path: Path) -> None:
    if os.path.isdir(path):  # (not Path.is_dir: it raises for a name too long)
        raise OutputError(f"cannot write {path}: it is a directory")


def save_events(
    path: Path,
    events: Sequence[Event],
    *,
    force: bool = False,
    append: bool = False,
    load_existing: Callable[[Path], Sequence[Event]] = lambda path: (),
    timeout: float | None = None,
    known_actors: Collection[str] | None = None,
    before_writing: Callable[[], None] = lambda: None,
) -> WriteSummary:
    """Write ``events`` to ``path`` as JSON Lines, holding the file's write lock.

    A file that exists is overwritten only with ``force``; with ``append``, events not
    already in it (``load_existing`` reads and validates it, under the lock; see
    ``to_append``) are added after its current lines, which are kept byte for byte. What is
    written is checked with the loader's rules first (``checked_lines``; ``known_actors``:
    the actors an event may name), so nothing is written that would not load.
    ``before_writing`` sends what must go out with the events (an import's actors to a
    stream), once they are checked and before the file changes: when it raises, the file
    is left as it was.
    """
    _refuse_a_directory(path)
    save = functools.partial(
        _save, events=events, force=force, append=append, load_existing=load_existing,
        known_actors=known_actors, name=str(path), before_writing=before_writing,
    )  # fmt: skip
    try:
        if is_special_file(path):  # /dev/stdout, a FIFO: nothing to lock beside it, or replace
            return save(path)
        with locked(path, timeout) as target:
            return save(target)
    except OSError as exc:  # one the steps did not word (a name too long for pathlib's checks)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _save(
    path: Path,
    *,
    events: Sequence[Event],
    force: bool,
    append: bool,
    load_existing: Callable[[Path], Sequence[Event]],
    known_actors: Collection[str] | None,
    name: str,
    before_writing: Callable[[], None],
) -> WriteSummary:
    _refuse_a_directory(path)  # (again: the file locked, a link's target)
    if append and path.exists():
        new, renamed = to_append(load_existing(path), events)
        if not new:
            before_writing()
            return WriteSummary(0, len(events))
        lines = "".join(jsonl_lines(new, known_actors, name))
        current = path.read_bytes()
        if current and not current.endswith(b"\n"):
            current += b"\n"
        before_writing()
        write_atomically(path, current + lines.encode("utf-8"))
        return WriteSummary(len(new), len(events) - len(new), renamed)
    if path.exists() and not force:
        raise TargetExistsError(str(path))
    content = "".join(jsonl_lines(events, known_actors, name)).encode("utf-8")
    before_writing()
    write_atomically(path, content)
    return WriteSummary(len(events), 0)
