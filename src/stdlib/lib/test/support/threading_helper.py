"""Thread helpers of test.support: skip without threads, start and join a
group of threads, and (no-op here) thread leak checks."""
import sys
import unittest

try:
    import _thread
    import threading
except ImportError:
    _thread = threading = None


def _can_start_thread():
    if threading is None:
        return False
    if sys.platform in ('emscripten', 'wasi'):
        return False
    return sys.implementation.name == 'cpython' or hasattr(threading, 'Thread')


can_start_thread = _can_start_thread()


def requires_working_threading(*, module=False):
    reason = 'requires threading support'
    if module:
        if not can_start_thread:
            raise unittest.SkipTest(reason)
        return None
    return unittest.skipUnless(can_start_thread, reason)


def threading_setup():
    return (_thread._count() if _thread else 0, threading._dangling.copy()
            if threading is not None and hasattr(threading, '_dangling') else ())


def threading_cleanup(*original_values):
    pass


def reap_threads(func):
    """Decorator kept for compatibility: runs func as it is."""
    return func


def join_thread(thread, timeout=None):
    from test import support
    thread.join(support.SHORT_TIMEOUT if timeout is None else timeout)
    if thread.is_alive():
        raise AssertionError('failed to join the thread in %.1f seconds' % (timeout or 0))


class _StartedThreads:
    def __init__(self, threads, unlock):
        self.threads = list(threads)
        self.unlock = unlock
        self.started = []

    def __enter__(self):
        try:
            for t in self.threads:
                t.start()
                self.started.append(t)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return None

    def __exit__(self, *exc):
        try:
            if self.unlock:
                self.unlock()
        finally:
            from test import support
            import time
            deadline = time.monotonic() + support.SHORT_TIMEOUT
            for t in self.started:
                t.join(max(deadline - time.monotonic(), 0.01))
            alive = [t for t in self.started if t.is_alive()]
            if alive:
                raise AssertionError('Unable to join %d threads' % len(alive))
        return False


def start_threads(threads, unlock=None):
    """Start the threads for the block; join them all after it."""
    return _StartedThreads(threads, unlock)


class catch_threading_exception:
    """Replaces threading.excepthook; the last exception is in .exc_type,
    .exc_value, .exc_traceback and .thread."""

    def __init__(self):
        self.exc_type = self.exc_value = self.exc_traceback = self.thread = None

    def _hook(self, args):
        self.exc_type = args.exc_type
        self.exc_value = args.exc_value
        self.exc_traceback = args.exc_traceback
        self.thread = args.thread

    def __enter__(self):
        self.saved = threading.excepthook
        threading.excepthook = self._hook
        return self

    def __exit__(self, *exc):
        threading.excepthook = self.saved
        self.exc_type = self.exc_value = self.exc_traceback = self.thread = None
        return False
