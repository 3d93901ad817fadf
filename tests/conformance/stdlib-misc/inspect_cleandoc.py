# inspect.cleandoc / getdoc, inspect.isabstract
import abc
import inspect

for d in ['  a\n    b\n      c\n\n', '\n\n  x\n  y\n', 'a\n\t b', '', 'a\n   \n  b', 'one line  ']:
    print(repr(inspect.cleandoc(d)))


class A:
    """Doc of A.

        indented
    """


class B(A):
    pass


def f():
    pass


print(repr(inspect.getdoc(A)), repr(inspect.getdoc(B)), inspect.getdoc(f))


class Abstract(abc.ABC):
    @abc.abstractmethod
    def m(self):
        pass


class Concrete(Abstract):
    def m(self):
        pass


print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int), inspect.isabstract(3))
