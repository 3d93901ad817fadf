"""concurrent.futures for pycell, written from the concurrent.futures documentation.

pycell runs one thread: ThreadPoolExecutor.submit() runs the call at once, in the
caller's thread, and hands back a finished Future (results and exceptions are what
worker threads would produce; only the timing differs). Waiting on a Future that
nothing can ever finish raises NotImplementedError instead of hanging.
ProcessPoolExecutor is not supported."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')
