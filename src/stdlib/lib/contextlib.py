"""Utilities for with-statement contexts, written for pycell from the documentation
of the contextlib module (docs.python.org/3.11/library/contextlib.html).
"""

import abc
import sys
from collections import deque
from functools import wraps
from types import MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

GenericAlias = type(list[int])
# shared by the ABCs below: C[X] gives a types.GenericAlias
_subscriptable = classmethod(GenericAlias)
# the exception triple of a block that ended normally
_NO_EXCEPTION = (None, None, None)


def _structurally_has(C, names):
    """True when every name is found in the namespace of a class of C's MRO and is
    not None there (None marks a protocol as deliberately switched off);
    NotImplemented otherwise, so that the normal subclass check decides."""
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# -- abstract base classes -----------------------------------------------------------

class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a `with` statement."""

    __slots__ = ()
    __class_getitem__ = _subscriptable

    def __enter__(self):
        """Return self; subclasses may return something else."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _structurally_has(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an `async with` statement."""

    __slots__ = ()
    __class_getitem__ = _subscriptable

    async def __aenter__(self):
        """Return self; subclasses may return something else."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _structurally_has(C, ("__aenter__", "__aexit__"))


# -- using a context manager as a decorator -----------------------------------------

class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: each call runs
    inside the context."""

    def _recreate_cm(self):
        """The manager to use for one call (self, unless it is single-use)."""
        return self

    def __call__(self, func):
        manager_for_call = self._recreate_cm

        @wraps(func)
        def inner(*a, **kw):
            with manager_for_call():
                return func(*a, **kw)
        return inner


class AsyncContextDecorator(object):
    """Mixin letting an async context manager decorate a coroutine function."""

    def _recreate_cm(self):
        """The manager to use for one call (self, unless it is single-use)."""
        return self

    def __call__(self, func):
        manager_for_call = self._recreate_cm

        @wraps(func)
        async def inner(*a, **kw):
            async with manager_for_call():
                return await func(*a, **kw)
        return inner


# -- @contextmanager and @asynccontextmanager ------------------------------------------

class _GeneratorContextManagerBase:
    """State shared by the sync and async generator-based managers."""

    def __init__(self, func, args, kwds):
        generator = func(*args, **kwds)
        self.gen = generator
        # kept until entry, so that a decorated function can make a fresh manager
        self.func = func
        self.args = args
        self.kwds = kwds
        # the instance shows the generator function's docstring (for help())
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # a generator runs once, so each decorated call needs a new manager
        return type(self)(self.func, self.args, self.kwds)

    def _forget_factory(self):
        # after entry the recipe is no longer needed; dropping it avoids cycles
        for recipe_part in ("func", "args", "kwds"):
            delattr(self, recipe_part)


def _thrown_back(error, sent, converted):
    """Decide, for an exception that came out of gen.throw(sent), whether it is
    `sent` itself passing through (True: the with-block's exception propagates
    unchanged) or a new exception (False)."""
    if error is sent:
        return True
    # PEP 479: a StopIteration (for async generators also StopAsyncIteration)
    # thrown in comes back as the RuntimeError it was converted to; that still
    # counts as "not handled"
    if (isinstance(error, RuntimeError) and error.__cause__ is sent
            and isinstance(sent, converted)):
        return True
    return False


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_factory()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, exc_tb):
        gen = self.gen
        if typ is None:
            # normal exit: the generator must finish after its single yield
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            # an exception type without an instance (the with statement always
            # passes one, but direct callers may not)
            value = typ()
        try:
            gen.throw(typ, value, exc_tb)
        except StopIteration as stop:
            # the generator caught the exception and returned: suppressed, unless
            # the StopIteration is the exception itself coming back
            return stop is not value
        except BaseException as error:
            if not _thrown_back(error, value, StopIteration):
                raise
            # let the with statement re-raise the original, with its traceback
            value.__traceback__ = exc_tb
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_factory()
        try:
            first = await anext(self.gen)
        except StopAsyncIteration as ended:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, exc_tb):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration as ended:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await gen.aclose()
        if value is None:
            value = typ()
        try:
            await gen.athrow(typ, value, exc_tb)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as error:
            if not _thrown_back(error, value, (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = exc_tb
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context manager
    factory."""
    @wraps(func)
    def helper(*call_args, **call_kwds):
        return _GeneratorContextManager(func, call_args, call_kwds)
    return helper


def asynccontextmanager(func):
    """Decorator turning a one-yield async generator function into an async
    context manager factory."""
    @wraps(func)
    def helper(*call_args, **call_kwds):
        return _AsyncGeneratorContextManager(func, call_args, call_kwds)
    return helper


# -- small managers ------------------------------------------------------------------

class closing(AbstractContextManager):
    """Call thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Temporarily rebinds the sys attribute named by _stream; re-entrant."""

    _stream = None

    def __init__(self, new_target):
        # _old_targets is a stack, so that one instance can be re-entered
        self._new_target, self._old_targets = new_target, []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) in the block."""

    def __init__(self, *exceptions):
        self._exceptions = tuple(exceptions)

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # like an `except` clause: a non-class in the tuple is an error only
        # when an exception actually has to be matched
        return False if exctype is None else issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing; `with nullcontext(x) as y` binds y to x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the block, restoring it afterwards."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        here = os.getcwd()
        os.chdir(self.path)
        self._old_cwd.append(here)

    def __exit__(self, *excinfo):
        import os
        previous = self._old_cwd.pop()
        os.chdir(previous)


# -- ExitStack and AsyncExitStack ------------------------------------------------------
#
# Both keep `_exit_callbacks`, a deque of (is_sync, callback) pairs, unwound last
# in, first out. A callback takes (exc_type, exc, tb) like __exit__ and returns true
# to suppress. For a context manager the callback is its __exit__ bound to it; for
# a plain callback it is a wrapper ignoring the exception and carrying __wrapped__.

def _manager_type_name(cls):
    return f"'{cls.__module__}.{cls.__qualname__}'"


def _splice_context(raised, replaced, outer):
    """Make `replaced` (the exception a callback was handling) the start of the
    implicit context chain of `raised` (what the callback raised), stopping at the
    exception being handled outside the stack (outer), as nested with statements
    would chain them."""
    if raised is replaced:
        return
    node = raised
    while True:
        parent = node.__context__
        if parent is None or parent is replaced:
            return
        if parent is outer:
            break
        node = parent
    node.__context__ = replaced


def _plain_exit_wrapper(callback, pos, named):
    def run_callback(exc_type, exc, tb):
        callback(*pos, **named)
    run_callback.__wrapped__ = callback
    return run_callback


def _plain_async_exit_wrapper(callback, pos, named):
    async def run_async_callback(exc_type, exc, tb):
        await callback(*pos, **named)
    run_async_callback.__wrapped__ = callback
    return run_async_callback


class _BaseExitStack:
    """What the sync and async exit stacks share: registering callbacks."""

    def __init__(self):
        self._exit_callbacks = deque()

    def _add(self, exit_func, is_sync=True):
        self._exit_callbacks.append((is_sync, exit_func))

    def pop_all(self):
        """Move every registered callback to a new stack, which is returned."""
        fresh = type(self)()
        fresh._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return fresh

    def push(self, exit):
        """Register an exit callback: a context manager (its __exit__ is looked up
        on the type) or a callable with __exit__'s signature. Returns exit."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._add(exit)
        else:
            self._add(MethodType(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"{_manager_type_name(kind)} object does not support "
                            f"the context manager protocol") from None
        value = enter(cm)
        self._add(MethodType(leave, cm))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at unwinding; returns callback."""
        self._add(_plain_exit_wrapper(callback, args, kwds))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager unwinding a dynamic set of callbacks and managers, in
    reverse order of registration."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        current = exc_details
        suppressed = False
        failed = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            assert is_sync
            try:
                if cb(*current):
                    suppressed, failed = True, False
                    current = _NO_EXCEPTION
            except BaseException as error:
                _splice_context(error, current[1], outer)
                failed = True
                current = (type(error), error, error.__traceback__)
        if failed:
            _raise_preserving_context(current[1])
        return had_exception and suppressed

    def close(self):
        """Unwind the stack now."""
        self.__exit__(*_NO_EXCEPTION)


def _raise_preserving_context(error):
    # raising from inside __exit__ would set __context__ to the exception being
    # handled outside; keep the chain built by _splice_context instead
    chain = error.__context__
    try:
        raise error
    except BaseException:
        error.__context__ = chain
        raise


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async form of ExitStack: also takes async managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the async manager cm and push its __aexit__; returns what
        __aenter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"{_manager_type_name(kind)} object does not support "
                            f"the asynchronous context manager protocol") from None
        value = await enter(cm)
        self._add(MethodType(leave, cm), False)
        return value

    def push_async_exit(self, exit):
        """Register an async manager's __aexit__, or a coroutine function with
        __aexit__'s signature. Returns exit."""
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._add(exit, False)
        else:
            self._add(MethodType(method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register an awaited callback(*args, **kwds); returns callback."""
        self._add(_plain_async_exit_wrapper(callback, args, kwds), False)
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(*_NO_EXCEPTION)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        current = exc_details
        suppressed = False
        failed = False
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    verdict = cb(*current)
                else:
                    verdict = await cb(*current)
                if verdict:
                    suppressed, failed = True, False
                    current = _NO_EXCEPTION
            except BaseException as error:
                _splice_context(error, current[1], outer)
                failed = True
                current = (type(error), error, error.__traceback__)
        if failed:
            _raise_preserving_context(current[1])
        return had_exception and suppressed
