# help(function) prints pydoc's text (stdout is not a terminal, so no pager):
# "Help on function NAME in module M:", the signature, the indented docstring.
import functools

def outer(x):
    "Outer doc."
    def inner(y: int = 2, *, z=None) -> int:
        """Inner doc.

        More lines."""
        return x + y
    return inner

help(outer(1))
help(outer)

class A:
    def m(self, a, *, k=1):
        "method doc"
    @classmethod
    def c(cls):
        pass

help(A().m)
help(A.c)
help(A.m)
help(lambda x, y=1: x)

@functools.wraps(outer)
def wrapper(*args):
    return outer(*args)
help(wrapper)
print(type.__module__, object.__module__, type(A).__module__)
