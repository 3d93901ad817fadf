# A function whose `raise` no handler of its own sees, called at a statement that a
# try of the caller protects (`f(x)`, `v = f(x)`, `t += f(x)`, `return f(x)`): pycell
# hands the exception back as a return value instead of a JS throw. Tracebacks,
# contexts, sys.exc_info() and every other way of calling the same function must
# behave as in CPython. (No frame-introspection words here: that would compile the
# program in another mode.)
import sys
import traceback


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def shown(e):
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    return "\n".join(l.replace(__file__, "exc_soft_calls.py") for l in text.splitlines())


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def caller(n):
    out = []
    for i in range(n):
        t = 100
        try:
            check(i)
            v = check(i)
            t += check(i)
            out.append((v, t))
        except AppError as e:
            out.append(("App", e.code, tb_lines(e), e.__context__))
        except KeyError as e:
            out.append(("Key", e.args, tb_lines(e)))
    return out


print(caller(7))


def ret(i):
    try:
        return check(i)
    except AppError as e:
        return "caught " + str(e.code)


print([ret(i) for i in (1, 3)])
try:
    ret(5)
except KeyError as e:
    print("escaped", repr(e), tb_lines(e))
    print(shown(e))


# the same function called in ways that are not such statements
def plain_calls():
    for how in ("expr", "map", "sorted", "lambda", "default"):
        try:
            if how == "expr":
                v = [check(3)]
            elif how == "map":
                v = list(map(check, [1, 2, 3]))
            elif how == "sorted":
                v = sorted([1, 3], key=check)
            elif how == "lambda":
                v = (lambda: check(6))()
            else:
                v = check(*[9])
        except AppError as e:
            print(how, "AppError", e.code, len(tb_lines(e)))


plain_calls()


def with_default(i, j=0):
    if i:
        raise ValueError(i, j)
    return j


def default_args():
    try:
        with_default(1)
    except ValueError as e:
        print("default", e.args, tb_lines(e))
    try:
        with_default(2, 3)
    except ValueError as e:
        print("full", e.args, tb_lines(e))


default_args()


def nested(i):
    try:
        check(i)
    except KeyError:
        raise IndexError("converted", i)
    return "nested ok"


def outer(i):
    try:
        return nested(i)
    except IndexError as e:
        return ("outer", e.args, tb_lines(e), repr(e.__context__))
    except AppError as e:
        return ("outer App", e.code, tb_lines(e))


print([outer(i) for i in (1, 3, 5)])


def recurse(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        recurse(n - 1)
    except KeyError:
        print("not reached")
    raise LookupError("never")


try:
    recurse(4)
except LookupError as e:
    print("recursion", e, tb_lines(e))


def deep(n):
    if n > 0:
        deep(n - 1)
    raise OSError(n)


def overflow():
    try:
        deep(10 ** 6)
    except RecursionError as e:
        return "RecursionError " + str(e)


print(overflow())


def soft_rec(n):
    try:
        soft_rec(n + 1)
    except KeyError:
        pass
    raise OSError(n)


def after_overflow():
    try:
        soft_rec(0)
    except RecursionError as e:
        print("soft recursion:", e)
    # called in an expression (no soft site): it must still throw
    try:
        print([check(3)])
    except AppError as e:
        print("expression call raised", e.code)


after_overflow()


def other():
    raise ZeroDivisionError("other code")


def swap_code():
    def victim(x):
        raise TypeError("victim", x)
    try:
        victim(1)
    except TypeError as e:
        print("before swap", e.args)
    victim.__code__ = (lambda x: x * 2).__code__
    try:
        print("after swap", victim(4))
    except TypeError:
        print("not reached")


swap_code()


def gen_fn(x):
    yield x
    raise StopIteration


def not_soft():
    try:
        g = gen_fn(1)
        print("generator", next(g))
    except ValueError:
        pass
    try:
        r = print("builtin at a soft site")
        r = AppError(7)
        print("class", r.code)
        r = (lambda: other())()
    except ZeroDivisionError as e:
        print("via lambda", e, tb_lines(e))


not_soft()


def exc_info_inside():
    try:
        raise RuntimeError("handled")
    except RuntimeError:
        try:
            check(3)
        except AppError as e:
            print(repr(e.__context__), sys.exc_info()[1] is e)
        print(repr(sys.exc_info()[1]))
    print(sys.exc_info())


exc_info_inside()


def soft_then_normal():
    try:
        check(1)
        check(2)
    except Exception:
        print("not reached")
    # called again without a handler around it: a plain throw
    check(3)


try:
    soft_then_normal()
except AppError as e:
    print("normal", e.code, tb_lines(e))


def unmatched():
    try:
        v = check(10)
    except AppError:
        print("not reached")


try:
    unmatched()
except KeyError as e:
    print(shown(e))

t = 0
try:
    t += check(3)
except AppError as e:
    print("module level", e.code, tb_lines(e))
check(0)
