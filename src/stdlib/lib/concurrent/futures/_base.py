"""Futures, executors and the waiting functions of concurrent.futures (see the
package docstring for pycell's single-thread model)."""

import collections
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _NOTIFIED, _FINISHED = (
    'PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED')
_SHOWN = {_PENDING: 'pending', _RUNNING: 'running', _CANCELLED: 'cancelled',
          _NOTIFIED: 'cancelled', _FINISHED: 'finished'}


class Error(Exception):
    """Base class of this module's exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run anything."""


def _never_finishes(what):
    raise NotImplementedError('%s would wait forever: pycell runs one thread, so nothing '
                              'else can finish this future' % what)


class Future:
    """The result of a call that may not have happened yet."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        where = '<%s at %#x state=%s' % (type(self).__name__, id(self), _SHOWN[self._state])
        if self._state == _FINISHED:
            if self._exception is not None:
                return where + ' raised %s>' % type(self._exception).__name__
            return where + ' returned %s>' % type(self._result).__name__
        return where + '>'

    def _run_callbacks(self):
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger('concurrent.futures').exception(
                    'exception calling callback for %r', self)

    def cancel(self):
        """Cancel the call unless it is running or done; True when cancelled."""
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state not in (_CANCELLED, _NOTIFIED):
            self._state = _CANCELLED
            self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _NOTIFIED, _FINISHED)

    def _settled(self, timeout, what):
        if self.done():
            return
        if timeout is None:
            _never_finishes(what)
        time.sleep(max(timeout, 0))
        raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (its exception is raised)."""
        self._settled(timeout, 'Future.result()')
        if self.cancelled():
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        self._settled(timeout, 'Future.exception()')
        if self.cancelled():
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when it is done (at once if it already is)."""
        if not self.done():
            self._callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def set_running_or_notify_cancel(self):
        """For executors: mark the call as started (False if it was cancelled)."""
        if self._state == _CANCELLED:
            self._state = _NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        if self._state in (_CANCELLED, _NOTIFIED, _FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result, self._exception = result, exception
        self._state = _FINISHED
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Executor:
    """Runs calls, handing back Futures."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made through submit()."""
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for future in futures:
                yield future.result(timeout)
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done) sets of the futures `fs`, once `return_when` holds."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    pending = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, pending)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return DoneAndNotDoneFutures(done, pending)
    if pending:
        if timeout is None:
            _never_finishes('wait()')
        time.sleep(max(timeout, 0))
    return DoneAndNotDoneFutures(done, pending)


def as_completed(fs, timeout=None):
    """The futures of `fs` as they complete (finished ones first)."""
    fs = list(dict.fromkeys(fs))
    finished = [f for f in fs if f.done()]
    unfinished = [f for f in fs if not f.done()]

    def gen():
        yield from finished
        if unfinished:
            if timeout is None:
                _never_finishes('as_completed()')
            time.sleep(max(timeout, 0))
            raise TimeoutError('%d (of %d) futures unfinished' % (len(unfinished), len(fs)))
    return gen()
