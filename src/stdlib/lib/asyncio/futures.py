"""asyncio.Future for pycell: a result that arrives later.

A Future is PENDING until set_result(), set_exception() or cancel() moves it
to FINISHED or CANCELLED; then its done callbacks are handed to the loop's
call_soon, in the order they were added. Awaiting a pending Future yields
the Future itself to the Task driving the coroutine (the Task recognises it
by `_asyncio_future_blocking`) and the Task resumes when it is done.
"""

from types import GenericAlias
from . import events
from . import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that follow the Future protocol (duck-typed)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _clip(text, limit):
    # reprlib-style shortening: keep the two ends around '...'
    if len(text) <= limit:
        return text
    head = (limit - 3) // 2
    return text[:head] + '...' + text[len(text) - (limit - 3 - head):]


def _brief(value, depth=6):
    """A bounded repr of a result, like the reprlib.repr CPython's reprs use."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _clip(repr(value), 40)
    if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
        if not value:
            return repr(value)
        if depth <= 0:
            return '[...]' if isinstance(value, list) else '(...)'
        shown = [_brief(v, depth - 1) for v in value[:6]]
        if len(value) > 6:
            shown.append('...')
        body = ', '.join(shown)
        if type(value) is list:
            return '[' + body + ']'
        return '(' + body + (',)' if len(value) == 1 else ')')
    if type(value) is dict:
        if not value:
            return '{}'
        if depth <= 0:
            return '{...}'
        pairs = ['%s: %s' % (_brief(k, depth - 1), _brief(v, depth - 1))
                 for k, v in list(value.items())[:4]]
        if len(value) > 4:
            pairs.append('...')
        return '{' + ', '.join(pairs) + '}'
    return _clip(repr(value), 30)


def _post(loop, fn, arg, context=None):
    """loop.call_soon(fn, arg), by the fast path when the loop is pycell's."""
    try:
        schedule = loop._schedule
    except AttributeError:
        loop.call_soon(fn, arg, context=context)
    else:
        schedule(fn, (arg,), context)


def _callbacks_text(entries):
    """'cb=[a() at f:1, <2 more>, z()]' for a list of (callback, context)."""
    names = [events._describe(fn) for fn, _ in entries]
    if len(names) > 2:
        names = [names[0], '<%d more>' % (len(names) - 2), names[-1]]
    return 'cb=[%s]' % ', '.join(names)


class Future:
    """A placeholder for a result computed later, bound to an event loop."""

    _status = _PENDING
    _result = None
    _error = None
    _loop = None
    _cancel_note = None
    _caught_cancel = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def _state_words(self):
        words = [self._status.lower()]
        if self._status is _FINISHED:
            if self._error is not None:
                words.append('exception=%s' % _brief(self._error))
            else:
                words.append('result=%s' % _brief(self._result))
        if self._callbacks:
            words.append(_callbacks_text(self._callbacks))
        return words

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._state_words()))

    def get_loop(self):
        """The loop this Future belongs to."""
        return self._loop

    def _make_cancelled_error(self):
        # the CancelledError a Task caught is handed out once, then fresh ones
        kept = self._caught_cancel
        if kept is not None:
            self._caught_cancel = None
            return kept
        if self._cancel_note is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_note)

    def _finish(self, state):
        self._status = state
        queued, self._callbacks = self._callbacks, []
        for fn, ctx in queued:
            _post(self._loop, fn, self, ctx)

    def cancel(self, msg=None):
        """Cancel a pending Future (False if it is already done)."""
        if self._status is not _PENDING:
            return False
        self._cancel_note = msg
        self._finish(_CANCELLED)
        return True

    def cancelled(self):
        return self._status is _CANCELLED

    def done(self):
        return self._status is not _PENDING

    def result(self):
        """The result; raises the exception or CancelledError instead when there is one."""
        if self._status is _FINISHED:
            self._log_traceback = False
            if self._error is not None:
                raise self._error.with_traceback(self._error_tb)
            return self._result
        if self._status is _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        """The exception set on the Future (None when it has a result)."""
        if self._status is _FINISHED:
            self._log_traceback = False
            return self._error
        if self._status is _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once done (at once, via the loop, if done already)."""
        if self._status is _PENDING:
            self._callbacks.append((fn, context))
        else:
            _post(self._loop, fn, self, context)

    def remove_done_callback(self, fn):
        """Forget every registration of fn; return how many there were."""
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        """Finish the Future with a result."""
        if self._status is not _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._finish(_FINISHED)

    def set_exception(self, exception):
        """Finish the Future with an exception (a class is instantiated)."""
        if self._status is not _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        exception = exception() if isinstance(exception, type) else exception
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        if not isinstance(exception, BaseException):
            raise TypeError('exception must be a BaseException instance, not %s'
                            % type(exception).__name__)
        self._error = exception
        self._error_tb = exception.__traceback__
        self._log_traceback = True
        self._finish(_FINISHED)

    def __await__(self):
        if self._status is _PENDING:
            # hand ourselves to the driving Task, which resumes us when done
            self._asyncio_future_blocking = True  # tells the Task to park on us
            yield self
        if self._status is _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    __class_getitem__ = classmethod(GenericAlias)


# CPython's Future is the C class _asyncio.Future (its name shows in reprs)
Future.__module__ = '_asyncio'
events._classes['Future'] = Future


def wrap_future(future, *, loop=None):
    """Return an asyncio Future as is; concurrent.futures are not available."""
    if isfuture(future):
        return future
    raise NotImplementedError('asyncio.wrap_future() of a concurrent future is not supported by pycell')


def _settle(fut, value):
    """Set a result unless the Future was cancelled meanwhile."""
    if not fut.cancelled():
        fut.set_result(value)
