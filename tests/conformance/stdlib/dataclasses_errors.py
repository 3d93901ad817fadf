# The errors of @dataclass and field()
from dataclasses import dataclass, field

def attempt(name, make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)

def mutable():
    @dataclass
    class B:
        x: list = []
attempt("mutable", mutable)

def order():
    @dataclass
    class B:
        x: int = 1
        y: int
attempt("order", order)

attempt("both", lambda: field(default=1, default_factory=list))

def no_annotation():
    @dataclass
    class B:
        x = field()
attempt("no annotation", no_annotation)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class B:
        x: int
attempt("order without eq", order_without_eq)

def overwrite():
    @dataclass(order=True)
    class B:
        x: int
        def __lt__(self, other):
            return True
attempt("overwrite", overwrite)

def frozen_mix():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
attempt("frozen mix", frozen_mix)
