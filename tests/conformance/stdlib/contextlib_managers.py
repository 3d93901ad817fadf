# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
from contextlib import *
import sys, io
@contextmanager
def tag(name):
    print('enter', name)
    try:
        yield name.upper()
    finally:
        print('exit', name)
with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print('swallowed')
with swallow():
    raise KeyError(1)
print('after')
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield
    yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
@tag('deco')
def decorated(x):
    print('in decorated', x)
decorated(1); decorated(2)
with suppress(ZeroDivisionError):
    1/0
print('suppressed ok')
try:
    with suppress(KeyError):
        1/0
except ZeroDivisionError: print('not suppressed')
buf = io.StringIO() if hasattr(io, 'StringIO') else None
class Closer:
    def close(self): print('closed')
with closing(Closer()) as c: print('using', type(c).__name__)
with nullcontext(5) as n: print('null', n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('x'))
    print('in stack')
def cb_raises():
    raise ValueError('from cb')
try:
    with ExitStack() as stack:
        stack.callback(cb_raises)
        raise KeyError('body')
except ValueError as e:
    print('ctx', repr(e), repr(e.__context__))
class Sup:
    def __enter__(self): return self
    def __exit__(self, *a): print('sup exit', a[0].__name__ if a[0] else None); return True
with ExitStack() as stack:
    stack.push(Sup())
    raise IndexError
print('after sup')
with ExitStack() as stack:
    stack.callback(print, 'moved')
    s2 = stack.pop_all()
print('popped'); s2.close()
try:
    ExitStack().enter_context(3)
except TypeError as e: print(e)
class CM(AbstractContextManager):
    def __exit__(self, *a): return None
with CM() as cm: print(type(cm).__name__)
print(issubclass(type(tag('q')), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
class Fake:
    def __enter__(self): pass
    def __exit__(self, *a): pass
print(issubclass(Fake, AbstractContextManager), issubclass(int, AbstractContextManager))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
with redirect_stdout(w):
    print('hidden')
print('captured', ''.join(w.parts))
def gen_raise():
    with tag('inner'):
        raise StopIteration
try: gen_raise()
except StopIteration: print('StopIteration passes through')
