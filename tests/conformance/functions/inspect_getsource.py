# inspect.getsource/getsourcelines/getcomments on functions, lambdas, classes
# and methods of this file; co_firstlineno of decorated defs is the decorator's line
import functools
import inspect
import sys


def tag(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


# the comment block
# right above add
@tag
# between decorators
@tag
def add(a,
        b):  # header comment
    """Add."""
    text = '''
not code
'''
    return a + b  # trailing

    # a comment at body depth belongs to the block
# this one at column 0 does not
def one_liner(): return 1
square = lambda x: (x *
    x)
pair = [lambda a: a,
        lambda b: b]


class Outer:
    class Inner:
        def method(self):
            pass

    @staticmethod
    def static():
        pass


def factory():
    class Local:
        def q(self):
            return 1
    return Local


@tag
class Decorated:
    pass


for obj in [add, add.__wrapped__, one_liner, square, pair[1], Outer, Outer.Inner,
            Outer.Inner.method, Outer.static, factory(), factory().q, factory, Decorated]:
    lines, start = inspect.getsourcelines(obj)
    print(start, repr("".join(lines)))
print(add.__wrapped__.__wrapped__.__code__.co_firstlineno, Outer.static.__code__.co_firstlineno)
print(repr(inspect.getcomments(add)), repr(inspect.getcomments(one_liner)))
print(inspect.getmodule(add) is sys.modules[__name__], inspect.getmodule(len).__name__)
print(inspect.getfile(add) == __file__, inspect.getsourcefile(Outer) == __file__)
print(inspect.indentsize("  \tx"), inspect.getblock(["def f():\n", "    return 1\n", "x = 1\n"]))


def frame_source():
    return inspect.getsource(sys._getframe())


print(frame_source())
for bad in [len, 1, int, sys]:
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print(type(e).__name__, e)
namespace = {}
exec("def made(): pass", namespace)
try:
    inspect.getsource(namespace["made"])
except OSError as e:
    print(type(e).__name__, e)
