"""pycell's event loop: one thread, no I/O, a virtual clock.

The loop keeps a FIFO of ready handles and a heap of timers, as
(deadline, serial, TimerHandle) tuples. One pass (`_tick`) moves every due timer to the FIFO and then runs exactly the
handles that were ready when the pass began, so callbacks scheduled by
them wait for the next pass, which is the order CPython's loop gives.
When nothing is ready the clock jumps straight to the earliest timer
(plus a millisecond, the late wake-up a real select() shows), so sleeps
cost no real time. The CPU time the program uses moves the clock too, but
only in steps of more than _REAL_STEP seconds (long computations inside
callbacks, busy loops polling with sleep(0)); CPU time rather than wall
time, so that a machine under load does not make timers fire early in
virtual terms and change a program's output. A loop with
nothing ready and no timer could never make progress, so it raises
RuntimeError instead of hanging (docs/differences.md).
"""

import heapq
import sys
import time as _time
import _pycell_async
from . import exceptions

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop',
           'get_event_loop_policy', 'set_event_loop_policy',
           'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
           'BaseEventLoop', 'SelectorEventLoop',
           '_get_running_loop', '_set_running_loop')

_LATE_WAKEUP = 0.001
# errors that must stop the loop instead of being reported
_FATAL = (SystemExit, KeyboardInterrupt)
_REAL_STEP = 0.1

# Future and Task, filled in by futures.py and tasks.py (they import this module)
_classes = {}

# callables whose description carries no source location (CPython's C-level
# callbacks such as a task's wake-up method)
_native_like = set()


def _where(fn):
    """' at file:line' for a Python function (or bound method), else ''."""
    if getattr(fn, '__func__', fn) in _native_like:
        return ''
    code = getattr(fn, '__code__', None)
    if code is None:
        return ''
    return ' at %s:%s' % (code.co_filename, code.co_firstlineno)


def _callable_name(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return name if isinstance(name, str) else repr(fn)


def _describe(fn, args=None):
    """'name(arg, ...) at file:line', the way CPython's reprs show a callback."""
    inner = '' if args is None else ', '.join(repr(a) for a in args)
    return '%s(%s)%s' % (_callable_name(fn), inner, _where(fn))


class Handle:
    """A callback scheduled on a loop, as call_soon() returns it."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context

    def _label(self):
        return _describe(self._callback, self._args)

    def __repr__(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        elif self._callback is not None:
            parts.append(self._label())
        return '<%s>' % ' '.join(parts)

    def get_context(self):
        """The contextvars context the callback runs in (None: the current one)."""
        return self._context

    def cancel(self):
        """Keep the callback from running; drops the references it holds."""
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        """True once cancel() was called."""
        return self._cancelled

    def _run(self):
        fn, args = self._callback, self._args
        try:
            if self._context is None:
                fn(*args)
            else:
                self._context.run(fn, *args)
        except _FATAL:
            raise
        except BaseException as err:
            text = _describe(fn, args)
            self._loop.call_exception_handler({
                'message': 'Exception in callback ' + text,
                'exception': err,
                'handle': self,
            })


class TimerHandle(Handle):
    """A Handle with a deadline (call_later/call_at); ordered by deadline, then age."""

    def __init__(self, when, order, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._order = order

    def __repr__(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        parts.append('when=%s' % (self._when,))
        if not self._cancelled and self._callback is not None:
            parts.append(self._label())
        return '<%s>' % ' '.join(parts)

    def _key(self):
        return (self._when, self._order)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self is other or (self._when == other._when and self._callback == other._callback
                                 and self._args == other._args and self._cancelled == other._cancelled)

    __hash__ = Handle.__hash__

    def when(self):
        """The loop time the callback is due at."""
        return self._when


class AbstractEventLoop:
    """Marker base class of event loops."""


def _not_here(what):
    raise NotImplementedError('%s is not supported by pycell' % what)


class BaseEventLoop(AbstractEventLoop):
    """The deterministic, virtual-time loop every pycell loop is."""

    _active_task = None     # the Task whose step is running (tasks.py sets it)

    def __init__(self):
        self._fifo = []
        self._timers = []
        self._timer_count = 0
        self._now = _time.monotonic()
        self._cpu_mark = _time.process_time()
        self._running = False
        self._halt = False
        self._closed = False
        self._debug = False
        self._handler = None
        self._live_agens = {}
        self._agens_closed = False
        self.slow_callback_duration = _REAL_STEP

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self._running, self._closed, self._debug)

    # -- clock -------------------------------------------------------------
    def time(self):
        """The loop's (virtual) monotonic clock."""
        return self._now

    def _follow_cpu_time(self):
        used = _time.process_time()
        if used - self._cpu_mark > _REAL_STEP:
            self._now += used - self._cpu_mark
            self._cpu_mark = used

    # -- scheduling --------------------------------------------------------
    def _ensure_open(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on a coming pass, after those already queued."""
        if self._debug:
            _refuse_coroutine(callback, 'call_soon')
        return self._schedule(callback, args, context)

    call_soon_threadsafe = call_soon

    def _schedule(self, callback, args, context=None):
        # call_soon without the *args packing: Futures and Tasks call this directly
        if self._closed:
            self._ensure_open()
        h = Handle(callback, args, self, context)
        self._fifo.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) once `delay` seconds of loop time have passed."""
        return self.call_at(self._now + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time `when`."""
        if self._debug:
            _refuse_coroutine(callback, 'call_at')
        return self._timer(when, callback, args, context)

    def _timer(self, when, callback, args, context=None):
        # call_at without the *args packing (sleep() and friends call this directly)
        if self._closed:
            self._ensure_open()
        self._timer_count += 1
        h = TimerHandle(when, self._timer_count, callback, args, self, context)
        heapq.heappush(self._timers, (when, self._timer_count, h))
        return h

    def create_future(self):
        """A new Future bound to this loop."""
        return _classes['Future'](loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap a coroutine in a Task that this loop will drive."""
        self._ensure_open()
        return _classes['Task'](coro, loop=self, name=name, context=context)

    # -- state ---------------------------------------------------------------
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        """Make run_forever() return after the current pass."""
        self._halt = True

    def close(self):
        """Drop everything scheduled; the loop cannot be used again."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if not self._closed:
            self._closed = True
            self._fifo = []
            self._timers = []

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # -- running -------------------------------------------------------------
    def run_forever(self):
        """Run passes until stop() is called."""
        self._ensure_open()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _current_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        saved_hooks = _pycell_async.get_asyncgen_hooks()
        _pycell_async.set_asyncgen_hooks(self._agen_started, self._agen_abandoned)
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._tick()
                if self._halt:
                    break
        finally:
            self._halt = False
            self._running = False
            _set_running_loop(None)
            _pycell_async.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until `future` (a Future, Task or coroutine) is done; return its result."""
        self._ensure_open()
        if self._running:
            raise RuntimeError('This event loop is already running')
        from .tasks import ensure_future
        from .futures import isfuture
        wrapped = not isfuture(future)
        future = ensure_future(future, loop=self)

        def halt(_):
            self.stop()
        future.add_done_callback(halt)
        try:
            self.run_forever()
        except BaseException:
            if wrapped and future.done() and not future.cancelled():
                future.exception()  # the error is reported by the raise, not as unretrieved
            raise
        finally:
            future.remove_done_callback(halt)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _next_live_timer(self):
        timers = self._timers
        while timers and timers[0][2]._cancelled:
            heapq.heappop(timers)
        return timers[0][2] if timers else None

    def _tick(self):
        self._follow_cpu_time()
        if not self._fifo and not self._halt:
            first = self._next_live_timer()
            if first is None:
                raise RuntimeError('pycell: the event loop has nothing ready and no timer '
                                   'pending, so it could never make progress')
            if first._when + _LATE_WAKEUP > self._now:
                self._now = first._when + _LATE_WAKEUP
                self._cpu_mark = _time.process_time()
        timers = self._timers
        while timers and timers[0][0] <= self._now:
            h = heapq.heappop(timers)[2]
            if not h._cancelled:
                self._fifo.append(h)
        batch = self._fifo
        self._fifo = []
        for i, h in enumerate(batch):
            if h._cancelled:
                continue
            try:
                h._run()
            except BaseException:
                # SystemExit/KeyboardInterrupt: keep what was not run yet
                self._fifo[:0] = batch[i + 1:]
                raise

    # -- asynchronous generators ---------------------------------------------
    def _agen_started(self, agen):
        self._live_agens[agen] = None

    def _agen_abandoned(self, agen):
        self._live_agens.pop(agen, None)
        if not self._closed:
            # the task is created on the next pass (CPython's order)
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator this loop saw start."""
        self._agens_closed = True
        pending = list(self._live_agens)
        self._live_agens.clear()
        if not pending:
            return
        from .tasks import gather
        outcomes = await gather(*[g.aclose() for g in pending], return_exceptions=True)
        for agen, outcome in zip(pending, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': 'an error occurred during closing of asynchronous generator %r' % (agen,),
                    'exception': outcome,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Nothing to shut down: executors run their work inline in pycell."""

    # -- executors (inline) --------------------------------------------------
    def run_in_executor(self, executor, func, *args):
        """Run func(*args) at once (pycell has one thread) and return a done Future."""
        self._ensure_open()
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except _FATAL:
            raise
        except BaseException as err:
            fut.set_exception(err)
        return fut

    def set_default_executor(self, executor):
        self._executor = executor

    # -- errors --------------------------------------------------------------
    def get_exception_handler(self):
        return self._handler

    def set_exception_handler(self, handler):
        """Install handler(loop, context) for errors no one else receives."""
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._handler = handler

    def default_exception_handler(self, context):
        """Write the context (message, extra keys, traceback) to stderr."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append('%s: %r' % (key, context[key]))
        err = context.get('exception')
        text = '\n'.join(lines)
        if err is not None:
            import traceback
            text += '\n' + ''.join(traceback.format_exception(type(err), err, err.__traceback__)).rstrip('\n')
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        """Hand an error context to the installed handler (or the default one)."""
        if self._handler is None:
            try:
                self.default_exception_handler(context)
            except _FATAL:
                raise
            except BaseException:
                pass
            return
        try:
            self._handler(self, context)
        except _FATAL:
            raise
        except BaseException as failure:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': failure,
                    'context': context,
                })
            except _FATAL:
                raise
            except BaseException:
                pass

    # -- what a browser-safe loop cannot do -----------------------------------
    def add_reader(self, *args):
        _not_here('loop.add_reader()')

    def add_writer(self, *args):
        _not_here('loop.add_writer()')

    def add_signal_handler(self, *args):
        _not_here('loop.add_signal_handler()')

    async def create_connection(self, *args, **kwargs):
        _not_here('loop.create_connection()')

    async def create_server(self, *args, **kwargs):
        _not_here('loop.create_server()')

    async def subprocess_exec(self, *args, **kwargs):
        _not_here('loop.subprocess_exec()')

    async def subprocess_shell(self, *args, **kwargs):
        _not_here('loop.subprocess_shell()')


def _refuse_coroutine(callback, method):
    # in debug mode CPython's loop refuses coroutines (and their functions) as callbacks
    from inspect import iscoroutine, iscoroutinefunction
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError('coroutines cannot be used with %s()' % method)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The class name CPython's default loop has on Unix (shown in reprs)."""


SelectorEventLoop = _UnixSelectorEventLoop


# -- the running loop ------------------------------------------------------------

_current_loop = None


def _get_running_loop():
    """The running loop, or None."""
    return _current_loop


def _set_running_loop(loop):
    global _current_loop
    _current_loop = loop


def get_running_loop():
    """The running loop; RuntimeError when there is none."""
    if _current_loop is None:
        raise RuntimeError('no running event loop')
    return _current_loop


# -- policies ----------------------------------------------------------------------

class AbstractEventLoopPolicy:
    """Marker base class of event loop policies."""


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Keeps the current loop of the (one) thread (CPython's Unix class name)."""

    def __init__(self):
        self._current = None
        self._explicit = False

    def get_event_loop(self):
        """The current loop, created on first use unless set_event_loop() was called."""
        if self._current is None and not self._explicit:
            self.set_event_loop(self.new_event_loop())
        if self._current is None:
            raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
        return self._current

    def set_event_loop(self, loop):
        self._explicit = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                            % type(loop).__name__)
        self._current = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_event_loop_policy = None


def get_event_loop_policy():
    """The process-wide policy, created on first use."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Replace the policy (None: back to the default one)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the policy's current loop."""
    return _current_loop or get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Make loop the current loop (of the policy)."""
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    """A fresh loop from the policy."""
    policy = get_event_loop_policy()
    return policy.new_event_loop()
