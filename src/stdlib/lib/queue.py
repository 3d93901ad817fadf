"""queue for pycell: FIFO, LIFO and priority queues and SimpleQueue.

Written from the queue documentation. pycell runs one thread, so nothing can put
into an empty queue (or take from a full one) while a caller waits: a wait with a
timeout sleeps for it and then raises Empty/Full as CPython would; a wait without
one (or join() with unfinished tasks) would never end and raises
NotImplementedError instead.
"""

import heapq as _heapq
import time as _time
from collections import deque as _deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Raised by get(block=False) / get_nowait() on an empty queue."""


Empty.__module__ = "_queue"


class Full(Exception):
    """Raised by put(block=False) / put_nowait() on a full queue."""


def _wait_then_fail(block, timeout, error, what):
    if not block:
        raise error
    if timeout is None:
        raise NotImplementedError("waiting for another thread to %s is not supported by pycell "
                                  "(it runs one thread)" % what)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    _time.sleep(timeout)
    raise error


class Queue:
    """A first-in first-out queue holding at most maxsize items (no limit when
    maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    # the storage hooks subclasses replace
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def task_done(self):
        """Mark one item taken by get() as processed (for join())."""
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been marked done."""
        if self.unfinished_tasks:
            raise NotImplementedError("queue.Queue.join() with unfinished tasks is not supported "
                                      "by pycell (it runs one thread)")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item; when the queue is full, wait (block) or raise Full."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _wait_then_fail(block, timeout, Full, "take an item")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return the next item; when empty, wait (block) or raise Empty."""
        if not self._qsize():
            _wait_then_fail(block, timeout, Empty, "put an item")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    __class_getitem__ = classmethod(type(list[int]))


class PriorityQueue(Queue):
    """Items come out smallest first (typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recently added first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = _deque()

    def put(self, item, block=True, timeout=None):
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        if not self._items:
            _wait_then_fail(block, timeout, Empty, "put an item")
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(type(list[int]))


SimpleQueue.__module__ = "_queue"
