"""Synchronization primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier.

Each keeps its waiting tasks as a list of Futures, oldest first; waking a
waiter means finishing its Future. A primitive binds to the running loop the
first time a task has to wait on it.
"""

from .events import get_running_loop as _loop_in_use
from . import exceptions
from .exceptions import CancelledError

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _Waiters:
    """Shared plumbing: the loop binding and the queue of waiting Futures."""

    _bound_loop = None

    def _loop_now(self):
        loop = _loop_in_use()
        if self._bound_loop is None:
            self._bound_loop = loop
        elif self._bound_loop is not loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop

    def _describe(self, extra):
        base = object.__repr__(self)
        return '<%s [%s]>' % (base[1:-1], extra)

    async def _park(self, queue):
        """Wait on a fresh Future appended to queue; always leave the queue clean."""
        fut = self._loop_now().create_future()
        queue.append(fut)
        try:
            return await fut
        finally:
            queue.remove(fut)


def _wake_first(queue, value=True):
    """Finish the oldest Future still pending; True if one was woken."""
    for fut in queue:
        if not fut.done():
            fut.set_result(value)
            return True
    return False


class _AsyncWith:
    """`async with primitive:` acquires on entry and releases on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncWith, _Waiters):
    """A mutual-exclusion lock that tasks acquire in arrival order."""

    def __init__(self):
        self._held = False
        self._queue = []

    def __repr__(self):
        extra = 'locked' if self._held else 'unlocked'
        if self._queue:
            extra += ', waiters:%d' % len(self._queue)
        return self._describe(extra)

    def locked(self):
        return self._held

    async def acquire(self):
        """Take the lock, waiting while another task holds it."""
        if not self._held and all(f.cancelled() for f in self._queue):
            self._held = True
            return True
        try:
            await self._park(self._queue)
        except CancelledError:
            # if we were woken but cancelled, the turn passes to the next waiter
            if not self._held:
                _wake_first(self._queue)
            raise
        self._held = True
        return True

    def release(self):
        """Free the lock and wake the oldest waiter."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        _wake_first(self._queue)


class Event(_Waiters):
    """A flag tasks can wait for."""

    def __init__(self):
        self._flag = False
        self._queue = []

    def __repr__(self):
        extra = 'set' if self._flag else 'unset'
        if self._queue:
            extra += ', waiters:%d' % len(self._queue)
        return self._describe(extra)

    def is_set(self):
        return self._flag

    def set(self):
        """Set the flag and wake every waiter."""
        if not self._flag:
            self._flag = True
            for fut in self._queue:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        """Return True once the flag is set."""
        if self._flag:
            return True
        await self._park(self._queue)
        return True


class Condition(_AsyncWith, _Waiters):
    """Lets tasks wait, holding a lock, until another task notifies them."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._queue = []
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._queue:
            extra += ', waiters:%d' % len(self._queue)
        return self._describe(extra)

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        interrupted = None
        try:
            await self._park(self._queue)
            return True
        finally:
            # the lock must be held again whatever happens; a cancellation
            # during the re-acquire is delivered once we have it
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as err:
                    interrupted = err
            if interrupted is not None:
                raise interrupted

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        value = predicate()
        while not value:
            await self.wait()
            value = predicate()
        return value

    def notify(self, n=1):
        """Wake up to n waiters."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._queue:
            if woken >= n:
                break
            if not fut.done():
                fut.set_result(False)
                woken += 1

    def notify_all(self):
        self.notify(len(self._queue))


class Semaphore(_AsyncWith, _Waiters):
    """A counter of free slots; acquire() takes one, release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._queue = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%s' % (self._value,)
        if self._queue:
            extra += ', waiters:%d' % len(self._queue)
        return self._describe(extra)

    def locked(self):
        """True when acquire() would have to wait."""
        return self._value == 0 or any(not f.cancelled() for f in self._queue)

    async def acquire(self):
        """Take a slot, waiting for one if none is free."""
        if not self.locked():
            self._value -= 1
            return True
        try:
            await self._park(self._queue)
        except CancelledError:
            if self._value > 0:
                _wake_first(self._queue)
            raise
        self._value -= 1
        return True

    def release(self):
        """Give a slot back and wake the oldest waiter."""
        self._value += 1
        _wake_first(self._queue)


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._value >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_Waiters):
    """Blocks each arriving task until `parties` tasks have called wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._round = []
        self._broken = False

    def __repr__(self):
        if self._broken:
            extra = 'broken'
        else:
            extra = 'filling, waiters:%d/%d' % (len(self._round), self._parties)
        return self._describe(extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Wait for the others; return this task's arrival index in the round."""
        if self._broken:
            raise exceptions.BrokenBarrierError
        index = len(self._round)
        if index + 1 == self._parties:
            finished, self._round = self._round, []
            for fut in finished:
                if not fut.done():
                    fut.set_result(True)
            return index
        fut = self._loop_now().create_future()
        self._round.append(fut)
        try:
            ok = await fut
        except CancelledError:
            if fut in self._round:
                self._round.remove(fut)
            raise
        if not ok:
            raise exceptions.BrokenBarrierError
        return index

    def _fail_round(self):
        waiting, self._round = self._round, []
        for fut in waiting:
            if not fut.done():
                fut.set_result(False)

    async def reset(self):
        """Send BrokenBarrierError to the waiting tasks and start afresh."""
        self._fail_round()
        self._broken = False

    async def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        self._broken = True
        self._fail_round()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return len(self._round)

    @property
    def broken(self):
        return self._broken
