"""Writing an index's table of events, on another core when possible.

The first query of a large file reads and checks every line and writes each event's row
into SQLite. The SQLite part (inserting a million rows, and their index in listing order:
see ``InOrder``) is a third of that query's time; in a child process it runs on another core
while this one goes on reading (measured at a million events: 4.3 s against 5.9 s). The
child is forked only when that is safe — a fork start method, and this process running no
other thread — and only for the SQLite work: it receives rows, never reads the data file,
and answers with "" (written) or the reason it could not write. Anywhere else the same
work is done in this process.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import sys
import threading
from operator import itemgetter, lt
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from multiprocessing.connection import Connection
    from pathlib import Path

WAIT_FOR_CHILD = 30.0  # seconds, after the last rows, for the child to end
PIPE_BYTES = 1 << 20  # a helper's pipe (Linux's most for a user, /proc/sys/fs/pipe-max-size)


class InOrder(NamedTuple):
    """An index kept up to date as the rows come, for as long as they come (nearly) in its
    order.

    A row that comes in the index's order is appended to it: the index is then ready when
    the last row is in, where creating it afterwards sorts every row while the query waits
    (at a million events, measured: 0.45 s of CPU after the last row, up to a second of
    waiting; kept as the rows come, the inserts take 0.75 s more, in the writer, which runs
    beside the reading). A few rows out of order cost little more (a chronology's events
    known only to a month or a year, listed among the days, come before the next day: 3% of
    the benchmark's rows); many (a file in no order) would cost more to insert than to sort
    at the end (2.8 s more at a million): at the first batch in which more than
    ``MOST_BEHIND`` of the rows come before the row before them, the index is dropped and
    created when every row is in, as before."""

    create: str  # the CREATE INDEX statement
    drop: str  # the DROP INDEX statement
    table: int  # the table of ``SQL.inserts`` whose rows it indexes
    # The column of those rows the index is (about) in the order of: how far the rows are
    # from its order is told by it, compared in C (a guess, which decides only the cost:
    # SQLite keeps the index right whatever the order).
    column: int


MOST_BEHIND = 0.1  # the share of a batch's rows that may come before the row before them


class SQL(NamedTuple):
    schema: str  # creates the tables
    inserts: tuple[str, ...]  # each inserts one row of a table (``add``'s ``table``)
    indexes: str  # run once every row is in
    meta: str  # inserts one (key, value) of the meta table
    in_order: InOrder | None = None  # an index made as the rows come, while it can be


class RowWriter(Protocol):
    def add(self, rows: Sequence[tuple[Any, ...]], table: int = 0) -> None:
        """Insert ``rows`` with ``SQL.inserts[table]``."""

    def finish(self, meta: Iterable[tuple[str, str]]) -> None:
        """Write ``meta`` and the indexes, and close. Raises sqlite3.Error or OSError."""

    def abort(self) -> None:
        """Stop without finishing (the caller removes the file)."""


def open_writer(temporary: Path, sql: SQL) -> RowWriter:
    """A writer of rows into the new database ``temporary`` (see ``SQL``). An ``InOrder``
    index is kept as the rows come only by a forked writer: it costs the writer CPU to save
    the wait at the end, a gain only when the writer runs beside the reader."""
    if can_fork():
        return _Forked(temporary, sql)
    return _Here(temporary, sql, False)  # (not as the rows come)


def can_fork() -> bool:
    if not _fork_is_safe():
        return False
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _fork_is_safe() -> bool:
    """A fork here copies a process of one thread (no lock held by a thread the child
    would not have), on a system that has fork."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Helper:
    """``work()`` run in a forked child on another core, while this process goes on: the
    pieces of bytes it yields, taken as they come (``ready``, ``rest``). The child only
    computes and answers: it inherits this process's memory, touches no file but the pipe
    (``os._exit``: no finalizer, no buffered output flushed, no database closed), ignores
    Ctrl-C (the parent's to handle) and is killed by ``close``; a parent that dies closes
    the pipe, and the child's next write ends it. When the child fails in any way (an
    exception, a kill) its pieces stop: each piece is whole or not given, and the caller
    does the work of every piece it did not get, so the child's help is never needed for a
    right answer."""

    def __init__(self, work: Callable[[], Iterable[bytes]]) -> None:
        self._reading, writing = os.pipe()
        with contextlib.suppress(OSError, AttributeError):  # (Linux) more than 64 KiB
            import fcntl  # in the pipe: a child not held up while this process is busy

            fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        self._pid = os.fork()
        if self._pid == 0:  # the child
            status = 1
            try:
                os.close(self._reading)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                with os.fdopen(writing, "wb") as pipe:
                    for piece in work():
                        pipe.write(len(piece).to_bytes(8, "big") + piece)
                        pipe.flush()
                status = 0
            finally:
                os._exit(status)
        os.close(writing)
        self._buffer = bytearray()
        self._ended = self._closed = False

    def _pieces(self) -> list[bytes]:
        """The whole pieces received so far (not given before)."""
        pieces = []
        start = 0
        while len(self._buffer) - start >= 8:
            size = int.from_bytes(self._buffer[start : start + 8], "big")
            if len(self._buffer) - start - 8 < size:
                break
            pieces.append(bytes(self._buffer[start + 8 : start + 8 + size]))
            start += 8 + size
        del self._buffer[:start]
        return pieces

    def _receive(self) -> None:
        chunk = os.read(self._reading, 1 << 20)
        self._buffer += chunk
        self._ended = not chunk

    def ready(self) -> list[bytes]:
        """The pieces the child has sent by now, without waiting."""
        import select

        while not self._ended and select.select([self._reading], [], [], 0)[0]:
            self._receive()
        return self._pieces()

    def rest(self) -> list[bytes]:
        """Every piece still to come (waiting for the child's end); then it is waited for.
        (A piece cut short — the child failed — is not given.)"""
        while not self._ended:
            self._receive()
        pieces = self._pieces()
        self.close()
        return pieces

    def close(self) -> None:
        """The child ended (killed, if it has not) and waited for."""
        if not self._closed:
            self._closed = True
            os.close(self._reading)
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)


def helper(work: Callable[[], Iterable[bytes]]) -> Helper | None:
    """A ``Helper`` running ``work``, or None where a fork is not safe (the caller works
    alone)."""
    return Helper(work) if _fork_is_safe() else None


class _Here:
    """The writer in this process."""

    def __init__(self, temporary: Path | str, sql: SQL, as_rows_come: bool = True) -> None:
        self._db = sqlite3.connect(temporary)
        self._sql = sql
        # The index made as the rows come (``InOrder``), until they leave its order; with
        # ``as_rows_come=False``, made at the end.
        self._in_order = sql.in_order if as_rows_come else None
        self._last: Any = None  # the ``InOrder.column`` of the last row in
        try:
            self._db.executescript(
                "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + sql.schema
            )
            if self._in_order is not None:
                self._db.execute(self._in_order.create)
        except BaseException:
            self._db.close()
            raise

    def add(self, rows: Sequence[Sequence[Any]], table: int = 0) -> None:
        in_order = self._in_order
        if in_order is not None and table == in_order.table:
            values = [self._last, *map(itemgetter(in_order.column), rows)]
            if values[0] is None:  # the first rows
                values = values[1:]
            behind = sum(map(lt, values[1:], values))  # rows before the row before them
            self._last = values[-1] if values else None
            if behind > MOST_BEHIND * len(rows):
                self._db.execute(in_order.drop)
                self._in_order = None
        self._db.executemany(self._sql.inserts[table], rows)

    def finish(self, meta: Iterable[Sequence[str]]) -> None:
        try:
            if self._sql.in_order is not None and self._in_order is None:  # rows out of order
                self._db.execute(self._sql.in_order.create)
            self._db.executescript(self._sql.indexes)
            self._db.executemany(self._sql.meta, meta)
            self._db.commit()
        finally:
            self._db.close()

    def abort(self) -> None:
        self._db.close()


def _serve(connection: Connection, parents: Connection, temporary: str, sql: SQL) -> None:
    """The child: rows in, the database out; "" or the reason it failed back. (It closes
    its copy of the parent's end first: the parent closing its own then ends the child.)
    It never prints: a parent that is gone (Ctrl-C, kill) is not told anything."""
    import msgspec

    parents.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    decode = msgspec.msgpack.Decoder().decode
    writer: _Here | None = None
    reply = b""
    try:
        writer = _Here(temporary, sql)
        while True:
            kind, table, payload = decode(connection.recv_bytes())
            if kind == "rows":
                writer.add(payload, table)
            else:
                done, writer = writer, None
                done.finish(payload)
                break
    except (EOFError, OSError) as exc:  # the parent stopped, or the disk failed
        if not isinstance(exc, EOFError):
            reply = (exc.strerror or str(exc) or type(exc).__name__).encode("utf-8")
    except Exception as exc:  # sqlite3.Error, and anything unforeseen: said, not printed
        reply = (str(exc) or type(exc).__name__).encode("utf-8")
    finally:
        if writer is not None:
            writer.abort()
    with contextlib.suppress(OSError):  # a parent that is gone hears nothing
        connection.send_bytes(reply)


class _Forked:
    """The writer in a forked child; rows go to it through a pipe, msgpack-encoded."""

    def __init__(self, temporary: Path, sql: SQL) -> None:
        import multiprocessing

        import msgspec

        self._encode = msgspec.msgpack.encode
        context = multiprocessing.get_context("fork")
        self._connection, child = context.Pipe()
        for stream in (sys.stdout, sys.stderr):  # or the child would write them again
            stream.flush()
        self._process = context.Process(
            target=_serve, args=(child, self._connection, str(temporary), sql), daemon=True
        )
        self._process.start()
        child.close()

    def _failure(self) -> sqlite3.Error:
        """Why the child stopped (its own words, when it said any)."""
        reason = "the index writer stopped"
        try:
            if self._connection.poll(1.0):
                reason = self._connection.recv_bytes().decode("utf-8", "replace") or reason
        except (EOFError, OSError):
            pass
        self.abort()
        return sqlite3.OperationalError(reason)

    def add(self, rows: Sequence[tuple[Any, ...]], table: int = 0) -> None:
        try:
            self._connection.send_bytes(self._encode(("rows", table, rows)))
        except OSError:  # the child is gone: it failed, and said why
            raise self._failure() from None

    def finish(self, meta: Iterable[tuple[str, str]]) -> None:
        try:
            self._connection.send_bytes(self._encode(("finish", 0, list(meta))))
            reply = self._connection.recv_bytes()
        except (OSError, EOFError):
            raise self._failure() from None
        self.abort()
        if reply:
            raise sqlite3.OperationalError(reply.decode("utf-8", "replace"))

    def abort(self) -> None:
        self._connection.close()
        self._process.join(WAIT_FOR_CHILD)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
