# Raises at a function's top level (they leave the frame without a second throw),
# inside loops over generators, `with` blocks and except clauses; the traceback,
# context chains, except-name cleanup and the recursion depth must be as in CPython.
import sys
import traceback


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def top(x):
    if x < 0:
        raise ValueError("negative", x)
    for i in range(3):
        if i == x:
            raise KeyError(i)
    return x


def middle(x):
    y = top(x)
    return y + 1


for arg in (-1, 1, 5):
    try:
        print("ok", middle(arg))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e.args, lines(e))


def in_handler():
    try:
        {}["k"]
    except KeyError as err:
        raise RuntimeError("from handler") from err


try:
    in_handler()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, lines(e))


def in_handler_implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("implicit")


try:
    in_handler_implicit()
except TypeError as e:
    print(repr(e), repr(e.__context__), lines(e))
    print("exc_info", sys.exc_info()[0].__name__)
print("after", sys.exc_info())


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")


def loop_over_gen():
    for v in gen():
        if v == 1:
            raise IndexError("in loop")


try:
    loop_over_gen()
except IndexError as e:
    print(repr(e), lines(e))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit sees", a[0].__name__ if a[0] else None)
        return False


def in_with():
    with CM():
        raise LookupError("w")


try:
    in_with()
except LookupError as e:
    print(repr(e), lines(e))


def names(kind):
    e = "outer value"
    try:
        raise kind("x")
    except KeyError as e:
        print("KeyError handler")
    except ValueError:
        print("ValueError handler", e)
    try:
        return e
    except NameError:
        return "e was deleted"


print(names(KeyError))
print(names(ValueError))


def raises_in_named_handler():
    try:
        raise ValueError(1)
    except ValueError as exc:
        raise TypeError(2)


try:
    raises_in_named_handler()
except TypeError as e:
    print(repr(e), repr(e.__context__), lines(e))


def unmatched():
    try:
        raise OSError("no handler here")
    except KeyError:
        print("not reached")


try:
    unmatched()
except OSError as e:
    print(repr(e), lines(e))


def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(finally_return())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for i in range(2000):
    try:
        middle(-1)
    except ValueError:
        pass
limit = sys.getrecursionlimit()
print(depth(limit - 50))
try:
    depth(limit + 10)
except RecursionError as e:
    print("RecursionError", e)
print(depth(10))
print("".join(traceback.format_exception_only(ValueError, ValueError("v"))).strip())
try:
    middle(-2)
except ValueError:
    text = traceback.format_exc()
    # file names differ between runs by path and by name: keep the base name
    print([l.strip().replace(__file__, "raise_paths.py") for l in text.splitlines() if l.strip().startswith(("File", "raise", "y ="))])
