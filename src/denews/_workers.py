"""The worker processes of ``parse_many``: one chunk at a time per worker, a dead worker replaced.

``multiprocessing.Pool`` loses the task of a worker that dies and waits for its result for ever, and
``concurrent.futures`` breaks the whole pool without saying which task was running.  Here each worker has a
pipe and holds at most one chunk, so when its process ends without an answer, the chunk it held is known:
each of its items fails, a new worker starts, and the run goes on.  Results come back in input order.

With a ``timeout``, a worker also reports each item it finishes, so the item that overruns is known: its
process is ended, that item fails with ``"Timeout"``, and the other items of its chunk go out again.  The clock
of a new worker's first item starts only once the worker says it is ready: the first parse of a process builds
the lazy tables and compiles the rules (about half a second, several on a loaded machine), which is no item's
fault.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

import attrs

from . import batch
from .model import Article

_Jobs = list[tuple[int, "batch._Job"]]
# A result from a worker: an article, or the ParseError with the pickled exception (None where it does not pickle).
_Reply = list[Article | tuple["batch.ParseError", bytes | None]]
_TICK: _Reply = []  # a worker's "the next item has begun" (compared by identity)
_READY: _Reply = []  # a new worker's "warmed up, the clock may start" (compared by identity)
# A new worker's clock starts at the latest this long after its start, should it never say it is ready.
_WARM_UP_ALLOWANCE = 60.0
# Parsed once by a worker before its first item: a sentence of each stage's kind, so the tables are built.
_WARM_UP_TEXT = "Am Montag, 3. März 2025, sagte Anna Beispiel in Musterstadt: „Wir beginnen morgen.“ Sie komme bald."


def _warm_up() -> None:
    from .api import parse

    parse(_WARM_UP_TEXT)


def _serve(conn: Connection, ticks: bool = False) -> None:
    """A worker's loop: receive ``(slot, jobs)``, send back ``(slot, results)``; ``None`` ends it.  With
    ``ticks``, a ``(slot, None)`` after each item but the last tells the parent the next one has begun."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    if ticks:
        # A warm-up that fails costs nothing but the warm-up: an item failing the same way fails as itself.
        with contextlib.suppress(Exception):
            _warm_up()
        conn.send((None, None))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        slot, jobs = message
        reply: _Reply = []
        for index, job in jobs:
            result = batch._parse_one(index, job)
            reply.append(result if isinstance(result, Article) else (result[0], _dumps(result[1])))
            if ticks and len(reply) < len(jobs):
                conn.send((slot, None))
        conn.send((slot, reply))


def _dumps(exc: BaseException | None) -> bytes | None:
    try:
        return pickle.dumps(exc)
    except Exception:  # an exception with unpicklable parts: its ParseError says what it was
        return None


def _loads(data: bytes | None) -> BaseException | None:
    try:
        exc = pickle.loads(data) if data is not None else None
    except Exception:  # an exception class that does not rebuild from its args
        return None
    return exc if isinstance(exc, BaseException) else None


def _death(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = "an unknown signal"
        return f"the worker process parsing this item was killed by {name} (signal {-code})"
    return f"the worker process parsing this item exited with status {code}"


@attrs.define
class _Worker:
    process: BaseProcess
    conn: Connection
    slot: int | None = None  # the slot of the chunk it holds
    jobs: _Jobs = attrs.field(factory=list)
    begun: int = 0  # with a timeout: the position in ``jobs`` of the item being parsed
    since: float = 0.0  # ... and when it began (time.monotonic)
    ready: bool = False  # with a timeout: the worker has warmed up


class Pool:
    """``size`` worker processes, started as work comes."""

    def __init__(self, size: int, timeout: float | None = None) -> None:
        self._context = multiprocessing.get_context()
        self._size = size
        self._timeout = timeout
        self._workers: list[_Worker] = []
        # A chunk whose worker overran: the outcomes it has (by item index) until the rest comes back.
        self._partial: dict[int, tuple[list[int], dict[int, batch._Outcome]]] = {}

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child, self._timeout is not None), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def run(
        self, items: Iterator[tuple[int, batch._Job | batch._Failure]], chunksize: int, window: int
    ) -> Iterator[batch._Outcome]:
        """The outcome of each item, in order; at most ``window`` chunks read ahead of the one being yielded."""
        slots = _slots(items, chunksize)
        done: dict[int, list[batch._Outcome]] = {}
        waiting: deque[tuple[int, _Jobs]] = deque()
        opened = yielded = 0
        exhausted = False
        while True:
            while not exhausted and opened - yielded < window:
                got = next(slots, None)
                if got is None:
                    exhausted = True
                elif isinstance(got, list):
                    done[opened] = got
                    opened += 1
                else:
                    waiting.append((opened, got[1]))
                    opened += 1
            self._dispatch(waiting)
            while yielded in done:
                yield from done.pop(yielded)
                yielded += 1
            if yielded == opened:
                if exhausted:
                    return
                continue  # every chunk read so far is yielded: read on before waiting for anything
            self._collect(done, waiting)

    def _dispatch(self, waiting: deque[tuple[int, _Jobs]]) -> None:
        idle = [w for w in self._workers if w.slot is None]
        while waiting and (idle or len(self._workers) < self._size):
            worker = idle.pop() if idle else self._start()
            worker.slot, worker.jobs = waiting.popleft()
            worker.begun, worker.since = 0, time.monotonic()
            if self._timeout is not None and not worker.ready:
                worker.since += _WARM_UP_ALLOWANCE  # the clock starts when the worker is ready
            worker.conn.send((worker.slot, worker.jobs))

    def _collect(self, done: dict[int, list[batch._Outcome]], waiting: deque[tuple[int, _Jobs]]) -> None:
        """Wait for at least one busy worker to answer, die or overrun, and file what it gives."""
        busy = {w.conn: w for w in self._workers if w.slot is not None}
        if not busy:  # the next slot is held by a worker: chunks are dispatched in order, and just were
            raise RuntimeError("parse_many: no chunk in flight, yet the next one is not done")
        by_sentinel = {w.process.sentinel: w for w in busy.values()}
        for ready in wait([*busy, *by_sentinel], timeout=self._wait_time(busy.values())):
            worker = busy.get(ready) if isinstance(ready, Connection) else by_sentinel.get(ready)  # type: ignore[arg-type]
            if worker is None or worker.slot is None:
                continue  # its pipe and its sentinel were both ready: filed already
            slot, jobs = worker.slot, worker.jobs
            reply = self._receive(worker)
            if reply is _READY:
                worker.ready, worker.since = True, time.monotonic()
                continue
            if reply is _TICK:
                worker.begun, worker.since = worker.begun + 1, time.monotonic()
                continue
            if reply is None:
                reason = _death(worker.process)
                self._file(done, slot, jobs, [(batch.ParseError(i, batch.WORKER_DIED, reason), None) for i, _ in jobs])
                self._retire(worker)
            else:
                self._file(done, slot, jobs, [r if isinstance(r, Article) else (r[0], _loads(r[1])) for r in reply])
            worker.slot, worker.jobs = None, []
        self._stop_overruns(done, waiting)

    def _wait_time(self, busy: Iterable[_Worker]) -> float | None:
        if self._timeout is None:
            return None
        return max(0.0, min(w.since for w in busy) + self._timeout - time.monotonic())

    def _stop_overruns(self, done: dict[int, list[batch._Outcome]], waiting: deque[tuple[int, _Jobs]]) -> None:
        """End each worker whose item has run past the timeout: that item fails, the rest of its chunk goes out
        again, first in the queue."""
        if self._timeout is None:
            return
        now = time.monotonic()
        for worker in [w for w in self._workers if w.slot is not None and now - w.since >= self._timeout]:
            slot, jobs, at = worker.slot, worker.jobs, worker.begun
            assert slot is not None
            self._retire(worker)
            index = jobs[at][0]
            message = f"parsing this item took longer than the timeout ({self._timeout:g} s); its process was ended"
            if len(jobs) > 1:
                self._partial.setdefault(slot, ([i for i, _ in jobs], {}))
                waiting.appendleft((slot, jobs[:at] + jobs[at + 1 :]))
            self._file(done, slot, [jobs[at]], [(batch.ParseError(index, batch.TIMEOUT, message), None)])

    def _file(
        self, done: dict[int, list[batch._Outcome]], slot: int, jobs: _Jobs, outcomes: list[batch._Outcome]
    ) -> None:
        """File a chunk's outcomes; a chunk cut by a timeout is done once all of its items are back."""
        if slot not in self._partial:
            done[slot] = outcomes
            return
        order, got = self._partial[slot]
        got.update(zip((i for i, _ in jobs), outcomes, strict=True))
        if len(got) == len(order):
            del self._partial[slot]
            done[slot] = [got[i] for i in order]

    def _retire(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.terminate()
        worker.process.join()
        self._workers.remove(worker)
        worker.conn.close()

    @staticmethod
    def _receive(worker: _Worker) -> _Reply | None:
        """The worker's answer (``_TICK`` when it has begun its next item, ``_READY`` when it has warmed up), or
        None when its process has ended without one (its pipe at its end, or a reply cut short)."""
        try:
            if worker.conn.poll():
                message: tuple[int | None, _Reply | None] = worker.conn.recv()
                slot, reply = message
                if reply is None:
                    return _READY if slot is None else _TICK
                return reply
        except (EOFError, OSError):
            pass
        worker.process.join()  # nothing to read: the sentinel was ready, the process has ended
        return None

    def close(self) -> None:
        """Stop every worker (idle ones and any still parsing, as when the caller leaves the loop early)."""
        for worker in self._workers:
            worker.process.terminate()
        for worker in self._workers:
            worker.process.join()
            worker.conn.close()
        self._workers.clear()


def _slots(
    items: Iterator[tuple[int, batch._Job | batch._Failure]], chunksize: int
) -> Iterator[list[batch._Outcome] | tuple[None, _Jobs]]:
    """Chunks of jobs, as ``(None, jobs)``; an item that failed its check ends the chunk before it and is a
    slot of its own, already done (a list of its one outcome)."""
    jobs: _Jobs = []
    for index, entry in items:
        if isinstance(entry[0], batch.ParseError):
            if jobs:
                yield None, jobs
                jobs = []
            yield [entry]
            continue
        jobs.append((index, entry))
        if len(jobs) == chunksize:
            yield None, jobs
            jobs = []
    if jobs:
        yield None, jobs
