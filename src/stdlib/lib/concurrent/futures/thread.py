"""ThreadPoolExecutor for pycell: one thread, so each call runs when it is submitted."""

import os
from concurrent.futures._base import Executor, Future, BrokenExecutor


class BrokenThreadPool(BrokenExecutor):
    """The initializer failed: the pool cannot run anything."""


class ThreadPoolExecutor(Executor):
    """Runs each submitted call at once in the calling thread (pycell has one)."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        # the documented default: the CPU count plus 4, at most 32
        workers = min((os.cpu_count() or 1) + 4, 32) if max_workers is None else max_workers
        if workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        self._max_workers = workers
        self._thread_name_prefix = thread_name_prefix or ('ThreadPoolExecutor-%d' % id(self))
        self._initializer, self._initargs = initializer, initargs
        self._initialized = False
        self._broken = False
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if not self._initialized and self._initializer is not None:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                raise BrokenThreadPool(self._broken)
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            value = fn(*args, **kwargs)
        except BaseException as raised:
            future.set_exception(raised)
        else:
            future.set_result(value)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
