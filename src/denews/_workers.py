"""The worker processes of ``parse_many``: one chunk at a time per worker, a dead worker replaced.

``multiprocessing.Pool`` loses the task of a worker that dies and waits for its result for ever, and
``concurrent.futures`` breaks the whole pool without saying which task was running.  Here each worker has a
pipe and holds at most one chunk, so when its process ends without an answer, the chunk it held is known:
each of its items fails, a new worker starts, and the run goes on.  Results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

import attrs

from . import batch
from .model import Article

_Jobs = list[tuple[int, "batch._Job"]]
# A result from a worker: an article, or the ParseError with the pickled exception (None where it does not pickle).
_Reply = list[Article | tuple["batch.ParseError", bytes | None]]


def _serve(conn: Connection) -> None:
    """A worker's loop: receive ``(slot, jobs)``, send back ``(slot, results)``; ``None`` ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
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


class Pool:
    """``size`` worker processes, started as work comes."""

    def __init__(self, size: int) -> None:
        self._context = multiprocessing.get_context()
        self._size = size
        self._workers: list[_Worker] = []

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child,), daemon=True)
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
            self._collect(done)

    def _dispatch(self, waiting: deque[tuple[int, _Jobs]]) -> None:
        idle = [w for w in self._workers if w.slot is None]
        while waiting and (idle or len(self._workers) < self._size):
            worker = idle.pop() if idle else self._start()
            worker.slot, worker.jobs = waiting.popleft()
            worker.conn.send((worker.slot, worker.jobs))

    def _collect(self, done: dict[int, list[batch._Outcome]]) -> None:
        """Wait for at least one busy worker to answer or die, and file what it gives."""
        busy = {w.conn: w for w in self._workers if w.slot is not None}
        if not busy:  # the next slot is held by a worker: chunks are dispatched in order, and just were
            raise RuntimeError("parse_many: no chunk in flight, yet the next one is not done")
        by_sentinel = {w.process.sentinel: w for w in busy.values()}
        for ready in wait([*busy, *by_sentinel]):
            worker = busy.get(ready) if isinstance(ready, Connection) else by_sentinel.get(ready)  # type: ignore[arg-type]
            if worker is None or worker.slot is None:
                continue  # its pipe and its sentinel were both ready: filed already
            slot = worker.slot
            reply = self._receive(worker)
            if reply is None:
                reason = _death(worker.process)
                done[slot] = [(batch.ParseError(i, batch.WORKER_DIED, reason), None) for i, _ in worker.jobs]
                self._workers.remove(worker)
                worker.conn.close()
            else:
                done[slot] = [r if isinstance(r, Article) else (r[0], _loads(r[1])) for r in reply]
            worker.slot, worker.jobs = None, []

    @staticmethod
    def _receive(worker: _Worker) -> _Reply | None:
        """The worker's answer, or None when its process has ended without one (its pipe at its end, or a
        reply cut short)."""
        try:
            if worker.conn.poll():
                _slot, reply = worker.conn.recv()
                return reply  # type: ignore[no-any-return]
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
