"""Many articles at once: ``parse_many``, in order, streaming, on one core or on all of them."""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .api import ReferenceDate, coerce_reference_date, parse
from .model import Article

if TYPE_CHECKING:  # multiprocessing is imported when a pool is asked for: it costs `import denews` ~40 ms
    from multiprocessing.pool import AsyncResult

#: One item of ``parse_many``'s input: a text, or a ``(text, reference_date)`` pair.
Item = str | tuple[str, ReferenceDate]

_Job = tuple[str, dt.date | None]

#: Chunks in flight per worker process: enough to keep every worker busy, few enough to bound memory.
_CHUNKS_PER_PROCESS = 4


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells it, else ``os.cpu_count()``).

    Examples:
        >>> usable_cores() >= 1
        True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _job(index: int, item: object, default: dt.date | None) -> _Job:
    """Check one input item and bring it to ``(text, reference date)``; errors name the item's index."""
    ref: object = None
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f"item {index}: a pair (text, reference_date) has 2 elements, this one has {len(item)}")
        item, ref = item
    if not isinstance(item, str):
        raise TypeError(f"item {index}: text must be str, not {type(item).__name__}")
    day = coerce_reference_date(ref, name=f"reference_date of item {index}")
    return item, (day if day is not None else default)


def _parse_chunk(chunk: list[_Job]) -> list[Article]:
    """The worker's side: parse a chunk of checked jobs (module level, so that it pickles)."""
    return [parse(text, ref) for text, ref in chunk]


def parse_many(
    texts: Iterable[Item],
    *,
    reference_date: ReferenceDate = None,
    processes: int | None = None,
    chunksize: int = 32,
) -> Iterator[Article]:
    """Parse many articles; yields one ``Article`` per input item, in input order, as they are done.

    ``texts`` is any iterable (a list, a generator, a file read line by line).  Each item is either
    a ``str`` or a pair ``(text, reference_date)``; the pair's date (``date``, ``datetime``,
    ``"YYYY-MM-DD"``) applies to that text only and wins over the ``reference_date`` argument, which
    is the default for every item without one (a pair whose date is ``None`` uses the default too).
    Where neither gives a date, each article is resolved against the date its text states, as in
    `denews.parse`.

    ``processes``: ``None`` or ``1`` parses in this process; ``N > 1`` uses a pool of ``N`` worker
    processes; ``0`` uses one worker per usable core.  Work goes out in chunks of ``chunksize``
    items, and at most ``4 * N`` chunks are in flight, so memory stays bounded however long the
    input is: the input is read only as far as the results are consumed.

    The iterator is lazy: nothing is read before the first ``next()``.  An item that is not a
    ``str`` (or a pair of ``str`` and a date) raises ``TypeError`` naming its index, a malformed
    date ``ValueError``, once every article before it has been yielded.  Leaving the loop early
    (``break``, ``close()``) stops the worker processes.

    Examples:
        >>> import denews
        >>> texts = [
        ...     "Bonn - Der Stadtrat tagte gestern.",
        ...     ("Wien - Die Regierung beriet gestern.", "2025-03-05"),  # a pair: this text's own reference date
        ... ]
        >>> for art in denews.parse_many(texts, reference_date="2025-08-07"):
        ...     print(art.dateline, [d.value for d in art.dates])
        Bonn ['2025-08-06']
        Wien ['2025-03-04']
    """
    if processes is not None and (isinstance(processes, bool) or not isinstance(processes, int)):
        raise TypeError(f"processes must be an int or None, not {type(processes).__name__}")
    if processes is not None and processes < 0:
        raise ValueError(f"processes must be >= 0 (0 = all cores), got {processes}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    default = coerce_reference_date(reference_date)
    workers = usable_cores() if processes == 0 else (processes or 1)
    if workers <= 1:
        return _sequential(texts, default)
    return _pooled(texts, default, workers, chunksize)


def _sequential(texts: Iterable[object], default: dt.date | None) -> Iterator[Article]:
    for index, item in enumerate(texts):
        text, ref = _job(index, item, default)
        yield parse(text, ref)


def _chunks(texts: Iterable[object], default: dt.date | None, size: int) -> Iterator[list[_Job]]:
    """Checked jobs in lists of ``size``; a bad item ends the last (partial) chunk, then raises."""
    chunk: list[_Job] = []
    for index, item in enumerate(texts):
        try:
            chunk.append(_job(index, item, default))
        except (TypeError, ValueError):
            if chunk:
                yield chunk
            raise
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pooled(texts: Iterable[object], default: dt.date | None, workers: int, chunksize: int) -> Iterator[Article]:
    # Pool.imap would read the whole input ahead in its feeder thread (no back-pressure), so the
    # window of pending chunks is kept here: submit, and collect the oldest once the window is full.
    import multiprocessing

    pool = multiprocessing.get_context().Pool(workers)
    pending: deque[AsyncResult[list[Article]]] = deque()
    try:
        chunks = _chunks(texts, default, chunksize)
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except (TypeError, ValueError):
                # Yield everything before the bad item, then let its error out.
                while pending:
                    yield from pending.popleft().get()
                raise
            pending.append(pool.apply_async(_parse_chunk, (chunk,)))
            if len(pending) >= workers * _CHUNKS_PER_PROCESS:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
