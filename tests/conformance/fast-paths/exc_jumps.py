# Exceptions that a try of the same function catches: lookups (d[k], lst[i]), int(s),
# `raise` in the body or in an except clause of an inner try, and bare re-raises.
# pycell jumps to the handlers without a JS throw there; the exception object, its
# traceback, __context__/__cause__, sys.exc_info() and the except-name cleanup must
# be exactly CPython's. (No frame-introspection words here: that would compile the
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
    return [l.replace(__file__, "exc_jumps.py") for l in text.splitlines()]


def lookups(d, lst, k, i):
    out = []
    try:
        x = d[k]
        out.append(("dict", x))
    except KeyError as e:
        out.append(("KeyError", e.args, str(e), tb_lines(e), e.__context__))
    try:
        out.append(lst[i])
    except IndexError as e:
        out.append(("IndexError", e.args, tb_lines(e)))
    total = 10
    try:
        total += lst[i]
    except LookupError as e:
        out.append(("Lookup", type(e).__name__))
    out.append(total)
    try:
        d[k]
    except Exception as e:
        out.append(("stmt", repr(e)))
    return out


print(lookups({1: "one"}, [5, 6], 1, 0))
print(lookups({1: "one"}, [5, 6], 2, 2))
print(lookups({1: "one"}, [5, 6], (1, 2), -3))
print(lookups({1: "one"}, [5, 6], 1, -2))
print(lookups({}, [], None, 0))


def returns(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing " + repr(k)


print(returns({"a": 1}, "a"), returns({"a": 1}, "b"), returns({(): 0}, ()))


class Missing(dict):
    def __missing__(self, k):
        return "via __missing__ " + str(k)


class Items(list):
    def __getitem__(self, i):
        print("Items.__getitem__", i)
        return list.__getitem__(self, i)


class Raiser:
    def __getitem__(self, k):
        raise KeyError("from __getitem__", k)


for obj, key in [(Missing(), 3), (Items([1]), 0), (Items([1]), 5), (Raiser(), "r"), ({}, []), ([1], "s"), ([1], 2**70), ((1, 2), 5), ("ab", 9)]:
    try:
        v = obj[key]
        print("value", v)
    except (KeyError, IndexError) as e:
        print("lookup error", type(e).__name__, e.args, tb_lines(e))
    except TypeError as e:
        print("TypeError", e)


def ints(values):
    out = []
    for s in values:
        try:
            n = int(s)
            out.append(n)
        except ValueError as e:
            out.append(str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


class S(str):
    pass


print(ints(["12", "-7", "+3", "1_000", "x1", "", " 42 ", "1__0", "_1", "1_", "4" * 5, "0x10", "٣", "1e3", "abc" * 100, "x\u20ac" * 150, "\tx", "x\x00", "~", "9x", S("9"), S("q"), 3.5, None, b"5", "\u00a012"]))


def shadowed():
    int = lambda s: "shadow " + s
    try:
        v = int("zz")
    except ValueError:
        v = "not reached"
    return v


print(shadowed())


def order():
    log = []

    def get(name, value):
        log.append(name)
        return value
    try:
        get("d", {})[get("k", 1)]
    except KeyError:
        log.append("handled")
    t = None
    try:
        del t
        t += {}[0]
    except UnboundLocalError as e:
        log.append("unbound first")
    except KeyError:
        log.append("KeyError first")
    return log


print(order())


def in_loop():
    d = {0: "zero", 2: "two"}
    handled = []
    for i in range(4):
        try:
            v = d[i]
        except KeyError:
            handled.append(i)
        else:
            handled.append("else " + v)
    return handled


print(in_loop())


def raise_in_handler():
    try:
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError(len(e.args)) from e
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, tb_lines(e), tb_lines(e.__cause__))
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
    try:
        e
    except NameError as n:
        print("name e cleared:", n)


raise_in_handler()


def implicit_context():
    try:
        try:
            {}["a"]
        except KeyError:
            [][0]
    except IndexError as e:
        print(repr(e), repr(e.__context__), e.__suppress_context__, tb_lines(e), tb_lines(e.__context__))


implicit_context()


def bare_reraise():
    try:
        try:
            {}["b"]
        except KeyError as k:
            print("inner sees", sys.exc_info()[1] is k)
            raise
    except KeyError as e:
        print("outer", repr(e), tb_lines(e), repr(e.__context__))


bare_reraise()


def unmatched_inner():
    try:
        try:
            [][1]
        except KeyError:
            print("not reached")
        print("not reached either")
    except IndexError as e:
        print("outer got", repr(e), tb_lines(e), repr(e.__context__))


unmatched_inner()


def reraise_same():
    try:
        try:
            raise ValueError("same")
        except ValueError as v:
            raise v
    except ValueError as e:
        print("same object", repr(e), tb_lines(e), repr(e.__context__))


reraise_same()


def outer_handled():
    try:
        raise OSError("outer")
    except OSError:
        try:
            try:
                {}[1]
            except KeyError:
                raise TypeError("inner")
        except TypeError as e:
            print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
        print(repr(sys.exc_info()[1]))


outer_handled()


def escapes():
    try:
        x = {}["gone"]
    except IndexError:
        print("not reached")
    return x


try:
    escapes()
except KeyError as e:
    print("\n".join(shown(e)))


def escapes_from_handler():
    try:
        [][0]
    except IndexError as e:
        raise ValueError("handler") from None


try:
    escapes_from_handler()
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__), tb_lines(e))
    print("\n".join(shown(e)))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v.args if v else None)
        return t is KeyError and v.args == ("swallow",)


def with_inside():
    for key in ("swallow", "keep"):
        try:
            with CM():
                {}[key]
            print("after with", key)
        except KeyError as e:
            print("handler", e.args)


with_inside()


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally", sys.exc_info()[0])


def loop_inside():
    try:
        for v in gen():
            [][v]
    except IndexError as e:
        print("loop handler", e, sys.exc_info()[0].__name__)


loop_inside()


def finally_inside():
    try:
        try:
            {}[0]
        finally:
            print("finally sees", sys.exc_info()[0].__name__)
    except KeyError as e:
        print("after finally", repr(e))


finally_inside()


def try_else_raise():
    try:
        try:
            v = [7][0]
        except IndexError:
            print("not reached")
        else:
            {}["in else"]
    except KeyError as e:
        print("else raised", repr(e), tb_lines(e))


try_else_raise()


def gen_with_try(d):
    for k in ("a", "b"):
        try:
            yield d[k]
        except KeyError as e:
            yield "missing " + str(e)


print(list(gen_with_try({"a": 1})))


def bad_raise():
    try:
        raise 5
    except TypeError as e:
        print("TypeError", e)
    try:
        raise KeyError
    except KeyError as e:
        print("class raised", repr(e), tb_lines(e))


bad_raise()


class Boom(Exception):
    def __init__(self, x):
        raise IndexError("in __init__", x)


def init_raises():
    try:
        raise Boom(1)
    except IndexError as e:
        print(repr(e), tb_lines(e))


init_raises()

d = {}
try:
    v = d["module level"]
except KeyError as e:
    print("module", repr(e), tb_lines(e))


class Body:
    try:
        v = [][0]
    except IndexError as e:
        print("class body", repr(e), tb_lines(e))


print({}["last"])
