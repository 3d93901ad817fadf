"""Tasks and the functions that combine awaitables, written for pycell from the
asyncio documentation.

A Task drives a coroutine: each step sends into it (or throws into it) until it
yields a future to wait for (the step then resumes from that future's done
callback) or a bare None (asyncio.sleep(0): the next step is scheduled at once).
"""

import itertools
import types
from . import events
from . import exceptions
from . import futures
from .futures import Future, _set_result_unless_cancelled

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks',
           'to_thread', 'run_coroutine_threadsafe')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_counter = itertools.count(1)
_current_tasks = {}
_all_tasks = []


def _coro_repr(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if code is None:
        return repr(coro)
    if frame is not None:
        return f'{name}() running at {code.co_filename}:{frame.f_lineno}'
    return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'


class Task(Future):
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not (types.coroutine is not None and _is_coroutine(coro)):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = f'Task-{next(_task_counter)}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step)
        _all_tasks.append(self)

    def __repr__(self):
        info = [self._state.lower(), f'name={self._name!r}']
        if self._must_cancel and self._state == 'PENDING':
            info[0] = 'cancelling'
        info.append(f'coro=<{_coro_repr(self._coro)}>')
        if self._state == 'FINISHED':
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={futures._short_repr(self._result)}')
        if self._fut_waiter is not None:
            info.append(f'wait_for={self._fut_waiter!r}')
        return '<{} {}>'.format(type(self).__name__, ' '.join(info))

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        (file or sys.stderr).write(f'Stack for {self!r}:\n')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # the waiter's done callback will throw CancelledError in
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            self.__run_step(exc)
        finally:
            if previous is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = previous

    def __run_step(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancelled while finishing its last step
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except exceptions.CancelledError as err:
            self._cancelled_exc = err
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            Future.set_exception(self, err)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if result is self:
                    self._loop.call_soon(self.__step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                elif blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    self._loop.call_soon(self.__step, RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}'))
            elif result is None:
                # a bare yield: let the other callbacks run, then continue
                self._loop.call_soon(self.__step)
            else:
                self._loop.call_soon(self.__step, RuntimeError(f'Task got bad yield: {result!r}'))

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


def _is_coroutine(obj):
    """A coroutine, a types.coroutine generator, or any object with the Coroutine
    protocol (collections.abc.Coroutine: send, throw, close, __await__)."""
    import inspect
    if inspect.iscoroutine(obj):
        return True
    t = type(obj)
    if t is types.GeneratorType:
        return bool(obj.gi_code.co_flags & 0x100)
    return all(hasattr(t, m) for m in ('send', 'throw', 'close', '__await__'))


def iscoroutine(obj):
    return _is_coroutine(obj)


def create_task(coro, *, name=None, context=None):
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    _all_tasks[:] = [t for t in _all_tasks if not t.done()]
    return {t for t in _all_tasks if t._loop is loop}


def ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if _is_coroutine(coro_or_future):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        async def _wrap(aw):
            return await aw
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(_wrap(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


@types.coroutine
def __sleep0():
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if futures.isfuture(fs) or _is_coroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(_is_coroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or _is_coroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events.get_event_loop()
    todo = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if f not in todo:
            todo.append(f)
    done = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        key = id(arg)
        if key in arg_to_fut:
            fut = arg_to_fut[key][1]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            arg_to_fut[key] = (arg, fut)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'finished': 0}
    nfuts = len(arg_to_fut)

    def done_callback(fut):
        state['finished'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = exceptions.CancelledError('' if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for fut in {id(f): f for f in children}.values():
        fut.add_done_callback(done_callback)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def to_thread(func, /, *args, **kwargs):
    # no threads: the function runs in this one
    return func(*args, **kwargs)


def run_coroutine_threadsafe(coro, loop):
    return ensure_future(coro, loop=loop)
