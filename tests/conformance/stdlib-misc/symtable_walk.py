# symtable: every scope and every symbol predicate of a program with closures
import symtable

SRC = '''
import os, sys as system
from math import pi
x: int = 1
counter = 0
def outer(a, /, b=2, *args, kw, **kwargs):
    global counter
    total = a + b
    def inner(c):
        nonlocal total
        total += c + zzz
        return total
    def reader():
        return total + x
    return inner, reader, lambda q: q + a
class Box:
    size: int
    def method(self):
        return __class__, self.size
    def other(self, n):
        return [n * i for i in range(n)]
    gen = (k for k in range(3))
    class Inner:
        pass
def outer():
    pass
'''

PREDICATES = ["is_referenced", "is_parameter", "is_global", "is_declared_global", "is_local",
              "is_annotated", "is_free", "is_imported", "is_assigned", "is_nonlocal", "is_namespace"]


def show(table, depth=0):
    pad = "  " * depth
    print(pad + repr(table), table.get_type(), table.get_name(), table.get_lineno(),
          table.is_optimized(), table.is_nested(), table.has_children())
    print(pad + "  ids:", list(table.get_identifiers()))
    if isinstance(table, symtable.Function):
        print(pad + "  params:", table.get_parameters(), "locals:", table.get_locals())
        print(pad + "  globals:", table.get_globals(), "nonlocals:", table.get_nonlocals(), "frees:", table.get_frees())
    if isinstance(table, symtable.Class):
        print(pad + "  methods:", table.get_methods())
    for sym in table.get_symbols():
        on = [p[3:] for p in PREDICATES if getattr(sym, p)()]
        print(pad + "  ", repr(sym), sym.get_name(), " ".join(on), len(sym.get_namespaces()))
    for child in table.get_children():
        show(child, depth + 1)


top = symtable.symtable(SRC, "demo.py", "exec")
show(top)
print(top.lookup("outer").get_namespaces())
try:
    top.lookup("outer").get_namespace()
except ValueError as e:
    print("ValueError:", e)
print(top.lookup("Box").get_namespace())
try:
    top.lookup("os").get_namespace()
except ValueError as e:
    print("ValueError:", e)
try:
    top.lookup("missing")
except KeyError as e:
    print("KeyError:", e)
print(top.lookup("x") is top.lookup("x"), top.get_children()[0].get_id() != top.get_id())
show(symtable.symtable("lambda y: y + z", "<expr>", "eval"))
show(symtable.symtable(b"w = 3\n", "<single>", "single"))
for bad in [("x", "f", "bogus"), (3, "f", "exec"), ("x = (", "f", "exec"),
            ("def f():\n    x = 1\n    global x\n", "g.py", "exec"),
            ("def f():\n    nonlocal q\n", "h.py", "exec")]:
    try:
        symtable.symtable(*bad)
    except (SyntaxError, TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "lineno", None), getattr(e, "offset", None))
s = symtable.Symbol("q", 2 | 16)
print(s, s.is_assigned(), s.is_referenced(), s.is_local(), s.get_namespaces(), s.is_namespace())
print(symtable.DEF_LOCAL, symtable.USE, symtable.SCOPE_OFF, symtable.FREE, symtable.CELL)
