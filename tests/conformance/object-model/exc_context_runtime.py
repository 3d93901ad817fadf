# exceptions raised by the runtime inside except/finally blocks get __context__
import sys

def show(e):
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(' <- '.join(chain))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['missing']
except KeyError as e:
    show(e)

try:
    try:
        [][0]
    finally:
        int('x')
except ValueError as e:
    show(e)

def helper():
    return undefined_name

try:
    try:
        raise TypeError('first')
    except TypeError:
        helper()
except NameError as e:
    show(e)

try:
    1 / 0
except ZeroDivisionError:
    try:
        None.attr
    except AttributeError as e:
        show(e)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1 + ''

try:
    with CM():
        raise KeyError('k')
except TypeError as e:
    show(e)

a = ValueError('reused')
for first in (TypeError, KeyError):
    try:
        raise first
    except first:
        try:
            raise a
        except ValueError as v:
            print(type(v.__context__).__name__)

# no cycle: re-raising the handled exception keeps its own context
try:
    try:
        raise KeyError('x')
    except KeyError as k:
        raise k
except KeyError as k:
    print(k.__context__)

# the uncaught report prints the chain; the last line is what is compared
try:
    1 / 0
except ZeroDivisionError:
    int('not a number')
