"""Writing events to a user's file without ever losing what was there.

The new content goes to a temporary file in the same directory, is flushed to disk, and then
renamed over the target in one step (``os.replace``). Until that rename the user's file is
untouched; after it, the new file is complete. A failure at any point — bad input, Ctrl-C, a
full disk — removes the temporary file and leaves the original exactly as it was; a run
killed outright leaves one, which the next write to that file removes.

Writers of one file take turns: an advisory lock (``fcntl.flock`` on a lock file beside the
target, ``.NAME.lock``, removed when done) is held around the whole read-modify-rename, so
two runs appending to one file both land, and what counts as already there is decided
under the lock. A run
that finds the lock taken waits up to ``LOCK_TIMEOUT`` seconds (``KTIMELINE_LOCK_TIMEOUT``).
A symbolic link is written through to its target; the target keeps its permissions, and a
new file gets the permissions the umask allows.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ktimeline.errors import OutputError, TargetExistsError
from ktimeline.jsonl import json_line
from ktimeline.model import event_to_record

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from ktimeline.model import Event

LOCK_TIMEOUT = 30.0  # seconds a writer waits for another one writing the same file


@dataclass(frozen=True)
class WriteSummary:
    added: int  # events that were not there before
    already_present: int  # --append: events skipped as duplicates


def jsonl_lines(events: Sequence[Event]) -> list[str]:
    return [json_line(event_to_record(event)) + "\n" for event in events]


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


def write_into(path: Path, content: bytes) -> None:
    """Write ``content`` into a device or FIFO as it is (no temporary file, no rename)."""
    try:
        with path.open("wb") as stream:
            stream.write(content)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` in one step, or leave it untouched. A device or
    FIFO is written into instead: replacing it would turn it into a regular file."""
    if is_special_file(path):
        write_into(path, content)
        return
    path = real_target(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(
            dir=directory, prefix=temporary_prefix(path), suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as exc:  # Ctrl-C included: never leave a half-written file behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


def is_duplicate(event: Event, ids: set[str], dated_texts: set[tuple[str, str]]) -> bool:
    """Already present: the same id, or the same date and text."""
    return event.id in ids or (event.date, event.text) in dated_texts


def lock_timeout(environ: Mapping[str, str] | None = None) -> float:
    env = os.environ if environ is None else environ
    try:
        return max(0.0, float(env.get("KTIMELINE_LOCK_TIMEOUT", LOCK_TIMEOUT)))
    except ValueError:
        return LOCK_TIMEOUT


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[Path]:
    """Hold the write lock of ``path`` (waiting up to ``timeout`` seconds for another
    writer); yields the file to write (a symbolic link's target). Leftovers of killed runs
    are removed once the lock is held. Without ``fcntl`` (Windows) no lock is taken."""
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
        try:
            descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(descriptor, 20, 0).decode("ascii", "replace").strip()
            os.close(descriptor)
            if time.monotonic() >= deadline:
                who = f" (process {owner})" if owner.isdigit() else ""
                raise OutputError(
                    f"{path} is being written by another ktimeline run{who}; gave up "
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
        yield target
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)  # (still locked: a waiter then sees it is gone, and retries)
        os.close(descriptor)


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        held, named = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def save_events(
    path: Path,
    events: Sequence[Event],
    *,
    force: bool = False,
    append: bool = False,
    load_existing: Callable[[Path], Sequence[Event]] = lambda path: (),
    timeout: float | None = None,
) -> WriteSummary:
    """Write ``events`` to ``path`` as JSON Lines, holding the file's write lock.

    A file that exists is overwritten only with ``force``; with ``append``, events not
    already in it (``load_existing`` reads and validates it, under the lock) are added after
    its current lines, which are kept byte for byte.
    """
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if is_special_file(path):  # /dev/stdout, a FIFO: nothing to lock beside it, or replace
        return _save(path, events, force=force, append=append, load_existing=load_existing)
    with locked(path, timeout) as target:
        return _save(target, events, force=force, append=append, load_existing=load_existing)


def _save(
    path: Path,
    events: Sequence[Event],
    *,
    force: bool,
    append: bool,
    load_existing: Callable[[Path], Sequence[Event]],
) -> WriteSummary:
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if append and path.exists():
        existing = load_existing(path)
        ids = {event.id for event in existing}
        dated_texts = {(event.date, event.text) for event in existing}
        new = [event for event in events if not is_duplicate(event, ids, dated_texts)]
        if not new:
            return WriteSummary(0, len(events))
        current = path.read_bytes()
        if current and not current.endswith(b"\n"):
            current += b"\n"
        write_atomically(path, current + "".join(jsonl_lines(new)).encode("utf-8"))
        return WriteSummary(len(new), len(events) - len(new))
    if path.exists() and not force:
        raise TargetExistsError(str(path))
    write_atomically(path, "".join(jsonl_lines(events)).encode("utf-8"))
    return WriteSummary(len(events), 0)
