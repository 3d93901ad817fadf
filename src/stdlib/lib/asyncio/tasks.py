"""Tasks (coroutines driven by the loop) and the functions that combine awaitables.

A Task advances its coroutine one step per loop callback: it sends None (or
throws the exception to deliver) and looks at what the coroutine yields. A
yielded Future means "wake me when it is done"; a bare None means "let the
others run, then continue". Cancellation is a request: the next step throws
CancelledError into the coroutine, which may catch it.
"""

import types
from _contextvars import copy_context as _copy_context
from _pycell_async import iscoroutine as _native_coroutine
from . import events
from . import exceptions
from .exceptions import CancelledError
from .events import get_running_loop as _loop_in_use
from .futures import Future, isfuture, _settle, _brief, _callbacks_text

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks', 'to_thread',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_serial = [0]
_unfinished = {}        # Task -> None, in creation order


def _next_name():
    _serial[0] += 1
    return 'Task-' + str(_serial[0])


def _coroutine_text(coro):
    """'<name() running at file:line>' or '<name() done, defined at file:line>'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if frame is not None:
        return '<%s() running at %s:%s>' % (name, frame.f_code.co_filename, frame.f_lineno)
    if code is not None:
        return '<%s() done, defined at %s:%s>' % (name, code.co_filename, code.co_firstlineno)
    return repr(coro)


def iscoroutine(obj):
    """True for coroutines, generators and objects with the Coroutine methods."""
    if _native_coroutine(obj) or isinstance(obj, types.GeneratorType):
        return True
    kind = type(obj)
    return all(hasattr(kind, m) for m in ('send', 'throw', 'close', '__await__'))


class Task(Future):
    """A Future that runs a coroutine on the loop."""

    _fut_waiter = None
    _must_cancel = False

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        # each step runs in the task's own context (PEP 567): a copy of the creator's
        self._context = _copy_context() if context is None else context
        self._name = _next_name() if name is None else str(name)
        self._cancels = 0
        _unfinished[self] = None
        self._loop.call_soon(self._advance)

    def __repr__(self):
        words = self._state_words()
        if words[0] == 'pending' and self._cancels > 0:
            words[0] = 'cancelling'
        words.insert(1, 'name=%r' % self._name)
        words.insert(2, 'coro=%s' % _coroutine_text(self._coro))
        if self._fut_waiter is not None:
            words.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return '<%s %s>' % (type(self).__name__, ' '.join(words))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The suspended coroutine's frame, as a one-element list (empty when done)."""
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None or limit == 0 else [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print('No stack for %r' % (self,), file=out)
            return
        print('Stack for %r (most recent call last):' % (self,), file=out)
        for fr in frames:
            print('  File "%s", line %s, in %s' % (fr.f_code.co_filename, fr.f_lineno, fr.f_code.co_name), file=out)

    def cancel(self, msg=None):
        """Ask the coroutine to stop: CancelledError is thrown into it at its next step."""
        if self.done():
            return False
        self._cancels += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # the wake-up from the cancelled waiter delivers the CancelledError
            return True
        self._must_cancel = True
        self._cancel_note = msg
        return True

    def cancelling(self):
        """How many cancel() requests are outstanding."""
        return self._cancels

    def uncancel(self):
        """Withdraw one cancel() request; returns the remaining count."""
        if self._cancels > 0:
            self._cancels -= 1
        return self._cancels

    # -- stepping -------------------------------------------------------------
    def _advance(self, error=None):
        if self.done():
            raise exceptions.InvalidStateError('_step(): already done: %r, %r' % (self, error))
        if self._must_cancel:
            if not isinstance(error, exceptions.CancelledError):
                error = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            self._context.run(self._resume, error)
        finally:
            loop._active_task = None

    def _resume(self, error):
        coro = self._coro
        try:
            if error is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(error)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                self._conclude()
                Future.cancel(self, msg=self._cancel_note)
            else:
                self._conclude()
                Future.set_result(self, stop.value)
        except CancelledError as caught:
            self._conclude()
            self._caught_cancel = caught
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._conclude()
            Future.set_exception(self, fatal)
            raise
        except BaseException as failure:
            self._conclude()
            Future.set_exception(self, failure)
        else:
            self._park(yielded)

    def _conclude(self):
        _unfinished.pop(self, None)

    def _park(self, yielded):
        """Decide how to continue after the coroutine yielded `yielded`."""
        loop = self._loop
        if yielded is None:
            loop.call_soon(self._advance)
            return
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            problem = RuntimeError('Task got bad yield: %r' % (yielded,))
        elif not blocking:
            problem = RuntimeError('yield was used instead of yield from in task %r with %r'
                                   % (self, yielded))
        elif yielded.get_loop() is not loop:
            problem = RuntimeError('Task %r got Future %r attached to a different loop'
                                   % (self, yielded))
        elif yielded is self:
            problem = RuntimeError('Task cannot await on itself: %r' % (self,))
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self._wake)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_note):
                self._must_cancel = False
            return
        loop.call_soon(self._advance, problem)

    def _wake(self, awaited):
        try:
            awaited.result()
        except BaseException as err:
            self._advance(err)
        else:
            self._advance()


# CPython's Task is the C class _asyncio.Task; its wake-up shows as Task.task_wakeup()
Task.__module__ = '_asyncio'
events._classes['Task'] = Task
Task._wake.__qualname__ = 'Task.task_wakeup'
events._native_like.add(Task._wake)


def create_task(coro, *, name=None, context=None):
    """Schedule a coroutine on the running loop; return its Task."""
    return _loop_in_use().create_task(coro, name=name, context=context)


def current_task(loop=None):
    """The Task running now on the (running) loop, or None."""
    if loop is None:
        loop = _loop_in_use()
    return getattr(loop, '_active_task', None)


def all_tasks(loop=None):
    """The set of unfinished Tasks of the (running) loop."""
    if loop is None:
        loop = _loop_in_use()
    return {t for t in list(_unfinished) if t._loop is loop and not t.done()}


async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A Future for any awaitable: Futures as they are, coroutines wrapped in Tasks."""
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    if iscoroutine(obj):
        made = obj
    elif hasattr(type(obj), '__await__') and callable(type(obj).__await__):
        made = _await_it(obj)
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(made)


@types.coroutine
def _let_others_run():
    yield


async def sleep(delay, result=None):
    """Suspend for `delay` seconds of loop time, then return `result`."""
    if delay <= 0:
        await _let_others_run()
        return result
    loop = _loop_in_use()
    waiter = loop.create_future()
    try:
        timer = loop._timer(loop.time() + delay, _settle, (waiter, result))
    except AttributeError:
        timer = loop.call_later(delay, _settle, waiter, result)
    try:
        return await waiter
    finally:
        timer.cancel()


async def _cancel_then_wait(fut):
    """Cancel fut and wait until it has really finished."""
    loop = _loop_in_use()
    finished = loop.create_future()

    def on_done(_):
        if not finished.done():
            finished.set_result(None)
    fut.add_done_callback(on_done)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(on_done)


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after `timeout` seconds."""
    loop = _loop_in_use()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_then_wait(fut)
        try:
            return fut.result()
        except CancelledError as cancelled:
            raise exceptions.TimeoutError() from cancelled
    gate = loop.create_future()

    def open_gate(*_):
        if not gate.done():
            gate.set_result(None)
    timer = loop.call_later(timeout, open_gate)
    fut.add_done_callback(open_gate)
    try:
        try:
            await gate
        except CancelledError:
            # we were cancelled ourselves: a finished inner result still wins
            if fut.done():
                return fut.result()
            fut.remove_done_callback(open_gate)
            await _cancel_then_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(open_gate)
        await _cancel_then_wait(fut)
        try:
            return fut.result()
        except CancelledError as cancelled:
            raise exceptions.TimeoutError() from cancelled
    finally:
        timer.cancel()


def _as_future_set(fs, loop, what):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect %s of futures, not %s' % (what, type(fs).__name__))
    return fs


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for some of the awaitables in fs; return the sets (done, pending)."""
    _as_future_set(fs, None, 'a list')
    fs = set(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = _loop_in_use()
    if any(iscoroutine(f) for f in fs):
        import warnings
        warnings.warn('The explicit passing of coroutine objects to asyncio.wait() is '
                      'deprecated since Python 3.8, and scheduled for removal in Python 3.11.',
                      DeprecationWarning, stacklevel=2)
    futs = {ensure_future(f, loop=loop) for f in fs}
    await _wait_some(futs, timeout, return_when, loop)
    done = {f for f in futs if f.done()}
    return done, futs - done


def _is_enough(fut, return_when, remaining):
    if remaining == 0 or return_when == FIRST_COMPLETED:
        return True
    return (return_when == FIRST_EXCEPTION and not fut.cancelled()
            and fut.exception() is not None)


async def _wait_some(futs, timeout, return_when, loop):
    """Suspend until return_when is met among futs, or the timeout passes."""
    remaining = sum(1 for f in futs if not f.done())
    if remaining == 0:
        return
    if return_when != ALL_COMPLETED and any(
            f.done() and _is_enough(f, return_when, 1) for f in futs):
        return
    gate = loop.create_future()
    state = [remaining]

    def on_done(f):
        state[0] -= 1
        if not gate.done() and _is_enough(f, return_when, state[0]):
            gate.set_result(None)
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, lambda: gate.done() or gate.set_result(None))
    waiting_on = [f for f in futs if not f.done()]
    for f in waiting_on:
        f.add_done_callback(on_done)
    try:
        await gate
    finally:
        if timer is not None:
            timer.cancel()
        for f in waiting_on:
            f.remove_done_callback(on_done)


def as_completed(fs, *, timeout=None):
    """Iterator of awaitables, each giving the next result in completion order."""
    _as_future_set(fs, None, 'an iterable')
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    arrived = []
    wakers = []

    def deliver(item):
        arrived.append(item)
        if wakers:
            w = wakers.pop(0)
            if not w.done():
                w.set_result(None)

    def on_done(f):
        if f in todo:
            todo.discard(f)
            deliver(f)

    def on_timeout():
        for f in list(todo):
            f.remove_done_callback(on_done)
            todo.discard(f)
            deliver(None)

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        loop.call_later(timeout, on_timeout)

    async def next_one():
        if not arrived:
            w = loop.create_future()
            wakers.append(w)
            await w
        f = arrived.pop(0)
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for _ in range(len(todo)):
        yield next_one()


class _GatheringFuture(Future):
    """gather()'s outer Future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = False
        for child in self._children:
            if child.cancel(msg=msg):
                hit = True
        if hit:
            self._cancel_asked = True
        return hit


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; a Future of the list of their results, in order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        empty = loop.create_future()
        empty.set_result([])
        return empty
    loop = None
    by_arg = {}
    children = []
    for arg in coros_or_futures:
        if isfuture(arg) or not _hashable(arg) or arg not in by_arg:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if _hashable(arg):
                by_arg[arg] = fut
        else:
            fut = by_arg[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    seen = set()
    distinct = []
    for c in children:
        if id(c) not in seen:
            seen.add(id(c))
            distinct.append(c)
    pending = [len(distinct)]

    def child_done(child):
        pending[0] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            err = child.exception()
            if err is not None:
                outer.set_exception(err)
                return
        if pending[0] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(exceptions.CancelledError(
                        '' if c._cancel_note is None else c._cancel_note))
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            if outer._cancel_asked:
                outer.set_exception(child._make_cancelled_error())
            else:
                outer.set_result(results)

    for c in distinct:
        c.add_done_callback(child_done)
    return outer


def _hashable(obj):
    try:
        hash(obj)
    except TypeError:
        return False
    return True


def shield(arg):
    """Protect an awaitable from cancellation of the one awaiting it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def copy_inner(_):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def forget_inner(_):
        if not inner.done():
            inner.remove_done_callback(copy_inner)

    inner.add_done_callback(copy_inner)
    outer.add_done_callback(forget_inner)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Not available: pycell runs one thread."""
    raise NotImplementedError('asyncio.run_coroutine_threadsafe() is not supported by pycell')


async def to_thread(func, /, *args, **kwargs):
    """Call func at once in this (the only) thread and return its result."""
    return func(*args, **kwargs)


def _register_task(task):
    _unfinished[task] = None


def _unregister_task(task):
    _unfinished.pop(task, None)


def _enter_task(loop, task):
    busy = getattr(loop, '_active_task', None)
    if busy is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being executed.'
                           % (task, busy))
    loop._active_task = task


def _leave_task(loop, task):
    busy = getattr(loop, '_active_task', None)
    if busy is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.' % (task, busy))
    loop._active_task = None
