"""asyncio.timeout() / timeout_at(): cancel the enclosed block at a deadline.

When the deadline passes, the Timeout cancels its task; on exit it takes
back that one cancellation (Task.uncancel) and, if the CancelledError that
reached it was its own, turns it into TimeoutError.
"""

from .events import get_running_loop as _loop_in_use
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

# the state names CPython's reprs show
_NEW = 'created'
_ACTIVE = 'active'
_FIRING = 'expiring'
_FIRED = 'expired'
_DONE = 'finished'


class Timeout:
    """An asynchronous context manager with an adjustable deadline (loop time)."""

    def __init__(self, when):
        self._when = when
        self._phase = _NEW
        self._timer = None
        self._task = None
        self._base_cancels = 0

    def when(self):
        """The deadline, or None for no deadline."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None removes it); only inside the block."""
        if self._phase != _ACTIVE:
            if self._phase == _NEW:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError('Cannot change state of %s Timeout' % self._phase)
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is None:
            return
        loop = _loop_in_use()
        if when <= loop.time():
            self._timer = loop.call_soon(self._fire)
        else:
            self._timer = loop.call_at(when, self._fire)

    def expired(self):
        """True once the deadline has cancelled the block."""
        return self._phase in (_FIRING, _FIRED)

    def __repr__(self):
        extra = ''
        if self._phase == _ACTIVE:
            shown = None if self._when is None else round(self._when, 3)
            extra = ' when=%s' % (shown,)
        return '<Timeout [%s]%s>' % (self._phase, extra)

    async def __aenter__(self):
        if self._phase != _NEW:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task(_loop_in_use())
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task = task
        self._base_cancels = task.cancelling()
        self._phase = _ACTIVE
        self.reschedule(self._when)  # arms the timer
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._phase == _FIRING:
            self._phase = _FIRED
            left = self._task.uncancel()
            if left <= self._base_cancels and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._phase == _ACTIVE:
            self._phase = _DONE
        return None

    def _fire(self):
        self._timer = None
        self._task.cancel()
        self._phase = _FIRING


def timeout(delay):
    """A Timeout `delay` seconds from now (None: no deadline yet)."""
    loop = _loop_in_use()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout at loop time `when` (None: no deadline yet)."""
    return Timeout(when)
