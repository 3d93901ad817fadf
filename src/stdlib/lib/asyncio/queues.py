"""Queues for tasks: FIFO Queue, PriorityQueue (smallest first), LifoQueue.

Items live in `_queue` (a list, or a heap for PriorityQueue); subclasses
change the order by overriding _init/_put/_get. Tasks blocked in get() or
put() wait on Futures kept in `_getters`/`_putters`, oldest first.
"""

import heapq
from collections import deque
from types import GenericAlias
from . import events

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found nothing to take."""


class QueueFull(Exception):
    """put_nowait() found no room."""


def _wake_one(waiting):
    while waiting:
        fut = waiting.pop(0)
        if not fut.done():
            fut.set_result(None)
            return


class Queue:
    """A first-in first-out queue, bounded when maxsize > 0."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._open_items = 0
        self._all_done = None
        self._init(maxsize)

    # the storage hooks subclasses override
    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _details(self):
        text = 'maxsize=%r' % (self._maxsize,)
        if self._queue:
            text += ' _queue=%r' % (list(self._queue),)
        if self._getters:
            text += ' _getters[%d]' % len(self._getters)
        if self._putters:
            text += ' _putters[%d]' % len(self._putters)
        if self._open_items:
            text += ' tasks=%d' % self._open_items
        return text

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._details())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._details())

    __class_getitem__ = classmethod(GenericAlias)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        """True when a bounded queue holds maxsize items."""
        return 0 < self._maxsize <= self.qsize()

    async def _wait_turn(self, waiting, wake_other):
        fut = events.get_running_loop().create_future()
        waiting.append(fut)
        try:
            await fut
        except BaseException:
            fut.cancel()
            if fut in waiting:
                waiting.remove(fut)
            elif not fut.cancelled():
                # we were woken but will not use our turn: pass it on
                wake_other()
            raise

    async def put(self, item):
        """Put an item, waiting for room when the queue is full."""
        while self.full():
            await self._wait_turn(self._putters,
                                  lambda: None if self.full() else _wake_one(self._putters))
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item or raise QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._open_items += 1
        if self._all_done is not None and self._all_done.done():
            self._all_done = None
        _wake_one(self._getters)

    async def get(self):
        """Take the next item, waiting for one when the queue is empty."""
        while self.empty():
            await self._wait_turn(self._getters,
                                  lambda: None if self.empty() else _wake_one(self._getters))
        return self.get_nowait()

    def get_nowait(self):
        """Take the next item or raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        """Mark one item taken earlier as processed (for join())."""
        if self._open_items <= 0:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if self._open_items == 0 and self._all_done is not None:
            if not self._all_done.done():
                self._all_done.set_result(None)

    async def join(self):
        """Wait until every item put has been marked done."""
        if self._open_items > 0:
            if self._all_done is None or self._all_done.done():
                self._all_done = events.get_running_loop().create_future()
            await _shared_wait(self._all_done)


async def _shared_wait(fut):
    # several joiners share one Future; a cancelled joiner must not cancel it
    from .tasks import shield
    await shield(fut)


class PriorityQueue(Queue):
    """Items come out smallest first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Items come out newest first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
