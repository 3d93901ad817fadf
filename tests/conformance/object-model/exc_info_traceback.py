# sys.exc_info(), __traceback__ objects, with_traceback, exc_info in finally and generators
import sys

def inner():
    raise ValueError('deep')

def outer():
    inner()

try:
    outer()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[2] is v.__traceback__)
print(sys.exc_info())

e = KeyError('k')
print(e.__traceback__)
try:
    raise e
except KeyError:
    pass
print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
print(e.with_traceback(None) is e, e.__traceback__)

def saved_tb():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z.__traceback__

tb = saved_tb()
try:
    raise RuntimeError('with tb').with_traceback(tb)
except RuntimeError as r:
    t = r.__traceback__
    n = 0
    while t is not None:
        n += 1
        t = t.tb_next
    print('frames in chain:', n)

try:
    try:
        raise IndexError('pending')
    finally:
        print('in finally:', sys.exc_info()[0].__name__)
except IndexError:
    pass
try:
    pass
finally:
    print('clean finally:', sys.exc_info())

def gen():
    try:
        raise KeyError('in gen')
    except KeyError:
        yield 1
        print('resumed:', sys.exc_info()[0].__name__)
    yield 2

g = gen()
next(g)
print('between:', sys.exc_info())
next(g)
print('after:', sys.exc_info())
try:
    e.__traceback__ = 5
except TypeError as err:
    print(err)
