"""Many articles at once: ``parse_many``, in order, streaming, on one core or on all of them.

One failing item never stops the run unless asked to (``on_error``).  Worker processes are kept here, one
chunk at a time each, so that a worker that dies (out of memory, a signal) is known with its chunk: each
item of that chunk yields a :class:`ParseError`, a new worker takes its place, and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Literal, overload

import attrs

from .api import ReferenceDate, coerce_reference_date, parse
from .model import Article

if TYPE_CHECKING:  # multiprocessing is imported when a pool is asked for: it costs `import denews` ~40 ms
    from ._workers import Pool

#: One item of ``parse_many``'s input: a text, or a ``(text, reference_date)`` pair.
Item = str | tuple[str, ReferenceDate]

_Job = tuple[str, dt.date | None]

#: Chunks in flight or done but not yet yielded, per worker process: enough to keep every worker busy, few
#: enough to bound memory.
_CHUNKS_PER_PROCESS = 4


class OnError(str, enum.Enum):
    """What ``parse_many`` does with an item that fails (the strings "raise", "skip", "record" work too).

    >>> import denews
    >>> [a.text for a in denews.parse_many(["Gut.", 3, "Auch gut."], on_error=denews.OnError.SKIP)]
    ['Gut.', 'Auch gut.']
    """

    RAISE = "raise"  #: let its exception out, after every article before it
    SKIP = "skip"  #: leave it out
    RECORD = "record"  #: yield a ParseError in its place


#: ``ParseError.type`` of the items of a chunk whose worker process died.
WORKER_DIED = "WorkerDied"
#: ``ParseError.type`` of an item that took longer than ``parse_many``'s ``timeout``.
TIMEOUT = "Timeout"


@attrs.frozen(slots=True)
class ParseError:
    """An item that failed, in its place in ``parse_many(..., on_error="record")``'s output.

    ``index`` is the item's position in the input (from 0), ``type`` the exception's class name (or
    ``"WorkerDied"`` when the worker process parsing it died, ``"Timeout"`` when it overran the timeout),
    ``message`` what went wrong.

    >>> import denews
    >>> [type(x).__name__ for x in denews.parse_many(["Gut.", 3], on_error="record")]
    ['Article', 'ParseError']
    """

    index: int
    type: str
    message: str

    def to_dict(self) -> dict[str, object]:
        """``{"index": ..., "error": {"type": ..., "message": ...}}``: the CLI's error record."""
        return {"index": self.index, "error": {"type": self.type, "message": self.message}}

    @classmethod
    def of(cls, index: int, exc: BaseException) -> ParseError:
        return cls(index, type(exc).__name__, str(exc) or type(exc).__name__)


# A failed item travels as its ParseError with the exception, where there is one, for "raise" to re-raise.
_Failure = tuple[ParseError, BaseException | None]
_Outcome = Article | _Failure


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


def _parse_one(index: int, job: _Job) -> _Outcome:
    """Parse one checked job; a failure comes back as its ParseError and the exception itself."""
    try:
        return parse(*job)
    except Exception as exc:  # one item's failure is that item's result, whatever it is
        return ParseError.of(index, exc), exc


@overload
def parse_many(
    texts: Iterable[Item], *, reference_date: ReferenceDate = ..., processes: int | None = ..., chunksize: int = ...,
    on_error: Literal["raise", "skip", OnError.RAISE, OnError.SKIP] = ..., timeout: float | None = ...,
) -> Iterator[Article]: ...


@overload
def parse_many(
    texts: Iterable[Item], *, reference_date: ReferenceDate = ..., processes: int | None = ..., chunksize: int = ...,
    on_error: Literal["record", OnError.RECORD] | OnError | str, timeout: float | None = ...,
) -> Iterator[Article | ParseError]: ...


def parse_many(
    texts: Iterable[Item], *, reference_date: ReferenceDate = None, processes: int | None = None, chunksize: int = 32,
    on_error: OnError | str = OnError.RAISE, timeout: float | None = None,
) -> Iterator[Article] | Iterator[Article | ParseError]:
    """Parse many articles; yields one result per input item, in input order, as they are done.

    ``texts`` is any iterable (a list, a generator, a file read line by line).  Each item is either a ``str`` or a
    pair ``(text, reference_date)``; the pair's date (``date``, ``datetime``, ``"YYYY-MM-DD"``) applies to that text
    only and wins over the ``reference_date`` argument, which is the default for every item without one (a pair
    whose date is ``None`` uses the default too). Where neither gives a date, each article is resolved against the
    date its text states, as in `denews.parse`.

    ``processes``: ``None`` or ``1`` parses in this process; ``N > 1`` uses ``N`` worker processes; ``0`` uses one
    worker per usable core.  Work goes out in chunks of ``chunksize`` items, and at most ``4 * N`` chunks are in
    flight, so memory stays bounded however long the input is: the input is read only as far as the results are
    consumed.

    ``on_error`` says what a failing item gives (an item that is not a ``str`` or a pair of ``str`` and a date gives
    ``TypeError`` naming its index, a malformed date ``ValueError``):

    - ``"raise"`` (the default): its exception, once every article before it has been yielded;
    - ``"skip"``: nothing, the run goes on;
    - ``"record"``: a :class:`ParseError` (``index``, ``type``, ``message``) in its place.

    A worker process that dies (out of memory, killed by a signal) fails each item of its chunk (``type``
    ``"WorkerDied"``; under ``"raise"`` a ``RuntimeError``); another worker takes its place.

    ``timeout`` (seconds, default none) bounds the time one item may take: an item that overruns it fails (``type``
    ``"Timeout"``; under ``"raise"`` a ``RuntimeError``), its worker process is ended and the other items of its
    chunk are parsed again by a new one.  Only a process can be stopped in the middle of a regular expression, so
    with a timeout the items are always parsed in worker processes (one where ``processes`` is ``None`` or ``1``).
    A new worker's clock starts once it has warmed up (built its tables and compiled its rules), so no item pays for
    that.

    The iterator is lazy: nothing is read before the first ``next()``.  Leaving the loop early (``break``,
    ``close()``) stops the worker processes.

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
        >>> out = list(denews.parse_many(["Berlin - Es regnet.", b"bytes"], on_error="record"))
        >>> out[1]
        ParseError(index=1, type='TypeError', message='item 1: text must be str, not bytes')
    """
    mode = _checked_arguments(processes, chunksize, on_error, timeout)
    default = coerce_reference_date(reference_date)
    workers = usable_cores() if processes == 0 else (processes or 1)
    if workers <= 1 and timeout is None:
        results = _sequential(texts, default)
    else:
        results = _pooled(texts, default, workers, chunksize, timeout)
    return _apply(results, mode)


def _checked_arguments(processes: object, chunksize: object, on_error: object, timeout: object) -> OnError:
    """``parse_many``'s arguments checked at once (a bad one is the caller's error, not an item's)."""
    if processes is not None and (isinstance(processes, bool) or not isinstance(processes, int)):
        raise TypeError(f"processes must be an int or None, not {type(processes).__name__}")
    if processes is not None and processes < 0:
        raise ValueError(f"processes must be >= 0 (0 = all cores), got {processes}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    try:
        mode = OnError(on_error)
    except ValueError:
        raise ValueError(f"on_error must be 'raise', 'skip' or 'record', got {on_error!r}") from None
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
        raise ValueError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
    return mode


def _apply(results: Iterator[_Outcome], mode: OnError) -> Iterator[Article | ParseError]:
    for result in results:
        if isinstance(result, Article):
            yield result
        elif mode is OnError.RECORD:
            yield result[0]
        elif mode is OnError.RAISE:
            error, exc = result
            if exc is not None:
                raise exc
            raise RuntimeError(f"item {error.index}: {error.message}")


def _sequential(texts: Iterable[object], default: dt.date | None) -> Iterator[_Outcome]:
    for index, item in enumerate(texts):
        try:
            job = _job(index, item, default)
        except (TypeError, ValueError) as exc:
            yield ParseError.of(index, exc), exc
            continue
        yield _parse_one(index, job)


def _pooled(
    texts: Iterable[object], default: dt.date | None, workers: int, chunksize: int, timeout: float | None
) -> Iterator[_Outcome]:
    from ._workers import Pool

    pool: Pool = Pool(workers, timeout)
    try:
        yield from pool.run(_checked(texts, default), chunksize, workers * _CHUNKS_PER_PROCESS)
    finally:
        pool.close()


def _checked(texts: Iterable[object], default: dt.date | None) -> Iterator[tuple[int, _Job | _Failure]]:
    """``(index, job)`` for each item, or ``(index, failure)`` for an item that fails its check."""
    for index, item in enumerate(texts):
        try:
            yield index, _job(index, item, default)
        except (TypeError, ValueError) as exc:
            yield index, (ParseError.of(index, exc), exc)
