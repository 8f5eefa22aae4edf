"""Writing events to a user's file without ever losing what was there.

The new content goes to a temporary file in the same directory, is flushed to disk, and then
renamed over the target in one step (``os.replace``). Until that rename the user's file is
untouched; after it, the new file is complete. A failure at any point — bad input, Ctrl-C, a
full disk — removes the temporary file and leaves the original exactly as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OutputError
from .schema import event_to_record

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Event


@dataclass(frozen=True)
class WriteSummary:
    written: int  # events in the new content
    added: int  # events that were not there before
    already_present: int  # --append: events skipped as duplicates


def jsonl_lines(events: Sequence[Event]) -> list[str]:
    return [json.dumps(event_to_record(event), ensure_ascii=False) + "\n" for event in events]


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` in one step, or leave it untouched."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
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


def save_events(
    path: Path,
    events: Sequence[Event],
    *,
    force: bool = False,
    append: bool = False,
    existing: Sequence[Event] = (),
) -> WriteSummary:
    """Write ``events`` to ``path`` as JSON Lines.

    A file that exists is overwritten only with ``force``; with ``append``, events not
    already in it (``existing``, as loaded and validated by the caller) are added after its
    current lines, which are kept byte for byte.
    """
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a directory")
    if append and path.exists():
        ids = {event.id for event in existing}
        dated_texts = {(event.date, event.text) for event in existing}
        new = [event for event in events if not is_duplicate(event, ids, dated_texts)]
        if not new:
            return WriteSummary(len(existing), 0, len(events))
        current = path.read_bytes()
        if current and not current.endswith(b"\n"):
            current += b"\n"
        write_atomically(path, current + "".join(jsonl_lines(new)).encode("utf-8"))
        return WriteSummary(len(existing) + len(new), len(new), len(events) - len(new))
    if path.exists() and not force:
        raise OutputError(f"{path} exists; use --force to overwrite it or --append to add to it")
    write_atomically(path, "".join(jsonl_lines(events)).encode("utf-8"))
    return WriteSummary(len(events), len(events), 0)
