# contextlib corner cases: generator protocol errors, exception identity,
# ExitStack ordering and exception chaining, pop_all, small managers
import contextlib
import io
import sys


def show(fn):
    try:
        print(repr(fn()))
    except BaseException as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__),
              "| suppressed:", e.__suppress_context__)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def swallow():
    try:
        yield "in"
    except ValueError:
        pass


@contextlib.contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise KeyError("converted") from e


@contextlib.contextmanager
def passthrough():
    yield


@contextlib.contextmanager
def trap():
    try:
        yield
    except Exception:
        yield


def run(cm, exc=None):
    with cm as value:
        if exc is not None:
            raise exc
    return value


show(lambda: run(no_yield()))
show(lambda: run(two_yields()))
show(lambda: run(swallow(), ValueError("v")))
show(lambda: run(convert(), ValueError("v")))
show(lambda: run(trap(), ValueError("t")))
err = StopIteration("stop")
try:
    run(passthrough(), err)
except StopIteration as caught:
    print("same StopIteration:", caught is err)
err2 = RuntimeError("rt")
try:
    run(passthrough(), err2)
except RuntimeError as caught:
    print("same RuntimeError:", caught is err2)
cm = passthrough()
print(cm.__doc__ is None, type(cm).__name__, cm.__enter__() is None)
print(cm.__exit__(None, None, None), cm.__exit__(None, None, None))


@passthrough()
def decorated(x):
    return x * 2


print(decorated(2), decorated(3), decorated.__name__)

order = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(order.append, i)
    stack.push(lambda *exc: order.append("push"))
    inner = stack.enter_context(swallow())
print(order, inner)
print(isinstance(stack._exit_callbacks, type(stack._exit_callbacks)), len(stack._exit_callbacks))


def chained():
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)

        def boom(*exc):
            raise KeyError("k")
        stack.push(boom)
        raise ValueError("v")


try:
    chained()
except Exception as e:
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    print(names)


def outer_cut():
    try:
        raise IndexError("outer")
    except IndexError:
        with contextlib.ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            stack.callback(lambda: {}["q"])


try:
    outer_cut()
except Exception as e:
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    print(names)

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed by callback")
print("after suppression")

log = []
with contextlib.ExitStack() as stack:
    stack.callback(log.append, "moved")
    moved = stack.pop_all()
print(log, len(moved._exit_callbacks))
moved.close()
print(log)
show(lambda: contextlib.ExitStack().enter_context(1))
print(contextlib.ExitStack().push(5))
f = lambda: None
s = contextlib.ExitStack()
print(s.callback(f) is f, s._exit_callbacks[-1][0], s._exit_callbacks[-1][1].__wrapped__ is f)

with contextlib.suppress(KeyError, IndexError):
    [][1]
show(lambda: run(contextlib.suppress(KeyError), ValueError("not suppressed")))
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured")
print(target is buf, repr(buf.getvalue()))
err_buf = io.StringIO()
with contextlib.redirect_stderr(err_buf):
    sys.stderr.write("to err")
print(repr(err_buf.getvalue()))
with contextlib.nullcontext(7) as seven:
    print(seven)


class Thing:
    def close(self):
        print("closed")


with contextlib.closing(Thing()) as t:
    print(type(t).__name__)
print(issubclass(contextlib.nullcontext, contextlib.AbstractContextManager),
      issubclass(Thing, contextlib.AbstractContextManager),
      contextlib.AbstractContextManager[int])
show(lambda: contextlib.AbstractContextManager())
