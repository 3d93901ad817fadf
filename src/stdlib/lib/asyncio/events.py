"""The event loop, written for pycell from the asyncio documentation.

One loop runs callbacks in FIFO order: each iteration moves the timers that are
due to the ready queue, then runs exactly the callbacks that were ready when the
iteration started (callbacks they schedule run in the next iteration).

Time is virtual: instead of blocking until the next timer, the loop moves its
clock forward, so `await asyncio.sleep(10)` returns at once but in the same order
as CPython. The clock does not follow the small real delays between iterations
(pycell's iterations take longer than CPython's, and timers set a moment apart
must still fire together, as they do there); only a long stretch of real time
(over _REAL_STEP seconds, e.g. blocking work in a coroutine) moves it.
A loop with nothing ready, no timers and an unfinished future can never make
progress (CPython would block forever): it raises RuntimeError instead.
"""

import heapq
import sys
import time as _time
import _pycell_async
from . import exceptions

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop',
           '_get_running_loop', 'get_event_loop_policy', 'set_event_loop_policy',
           'AbstractEventLoopPolicy', 'BaseEventLoop')


_WAKEUP_SLACK = 0.001
_REAL_STEP = 0.1


def _format_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    return f'{name}()'


class Handle:
    """A callback scheduled with call_soon()."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback))
        return '<' + ' '.join(info) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled with call_later()/call_at()."""

    __slots__ = ('_when', '_seq', '_scheduled')

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __repr__(self):
        return super().__repr__()[:-1] + f' when={self._when}>'

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def when(self):
        return self._when


class AbstractEventLoop:
    """Marker base class of event loops."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._vtime = _time.monotonic()
        self._last_real = self._vtime
        self._debug = False
        self._exception_handler = None
        self._current_task = None
        self._tasks = []
        self._asyncgens = []
        self._clock_resolution = 1e-09

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- time and scheduling

    def time(self):
        return self._vtime

    def _sync_clock(self):
        real = _time.monotonic()
        elapsed = real - self._last_real
        self._last_real = real
        if elapsed > _REAL_STEP:
            self._vtime += elapsed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), got %r' % (callback,))
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._seq += 1
        h = TimerHandle(when, self._seq, callback, args, self, context)
        heapq.heappush(self._scheduled, h)
        h._scheduled = True
        return h

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # -- running

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        old = _get_running_loop()
        _set_running_loop(self)
        old_hooks = _pycell_async.get_asyncgen_hooks()
        _pycell_async.set_asyncgen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old)
            _pycell_async.set_asyncgen_hooks(*old_hooks)

    # async generators: closed when they are finalized, or at shutdown_asyncgens()
    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.append(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if agen in self._asyncgens:
            self._asyncgens.remove(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        from .tasks import ensure_future
        new_task = not _isfuture(future)
        future = ensure_future(future, loop=self)

        def done(fut):
            if not fut.cancelled():
                exc = fut.exception()
                if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                    return
            fut.get_loop().stop()

        future.add_done_callback(done)
        self._waiting_for = future
        try:
            self.run_forever()
        finally:
            self._waiting_for = None
            future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        self._sync_clock()
        ready = self._ready
        if self._ready_head >= len(ready) and not self._stopping:
            # nothing ready: jump the clock to the next live timer
            while self._scheduled and self._scheduled[0]._cancelled:
                heapq.heappop(self._scheduled)._scheduled = False
            if self._scheduled:
                wait = self._scheduled[0]._when - self.time()
                if wait > 0:
                    # like a real wake-up, a little late: timers set a moment
                    # apart in one iteration (two sleep(0.01) calls) fire together
                    self._vtime += wait + _WAKEUP_SLACK
            else:
                raise RuntimeError('pycell: the event loop has nothing left to run '
                                   '(CPython would wait forever)')
        end = self.time() + self._clock_resolution
        while self._scheduled:
            h = self._scheduled[0]
            if h._cancelled:
                heapq.heappop(self._scheduled)._scheduled = False
                continue
            if h._when >= end:
                break
            heapq.heappop(self._scheduled)
            h._scheduled = False
            ready.append(h)
        # run what was ready when this iteration began, in order
        stop = len(ready)
        while self._ready_head < stop:
            h = ready[self._ready_head]
            ready[self._ready_head] = None
            self._ready_head += 1
            if not h._cancelled:
                h._run()
        if self._ready_head > 64 and self._ready_head * 2 > len(ready):
            del ready[:self._ready_head]
            self._ready_head = 0

    # -- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        if exc is not None:
            import traceback
            text += ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })

    # -- the rest of the interface

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    async def shutdown_asyncgens(self):
        closing = list(self._asyncgens)
        self._asyncgens = []
        if not closing:
            return
        from .tasks import gather
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def run_in_executor(self, executor, func, *args):
        # no threads: the function runs now, in this thread
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        pass


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop


def _isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None or \
        getattr(obj, '_asyncio_future_blocking', None) is not None


# -- the running loop and the policy

_running_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


def get_event_loop():
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
