#!/usr/bin/env python3
"""Writes tests/conformance/scope-rules/: each scope rule of issue 4 as one program
per context (module level, inside a class body, inside a function), like CPython's
test_listcomps runs its snippets in the three contexts where scope bugs hide.
Then run `python3 tests/conformance/regen.py tests/conformance/scope-rules/*.py` for
the expected outputs (never written by hand).

usage: scripts/gen_scope_rules.py [OUTDIR]
"""
import os
import sys
import textwrap

RULES = {}
def rule(name, doc, code):
    RULES[name] = (doc, code.strip("\n"))

rule("nonlocal_depth_three", "nonlocal reaches a variable two functions out", '''
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    print(middle(), x)
outer()
''')
rule("global_depth_three", "global in a doubly nested function writes the module's name", '''
def a():
    def b():
        def c():
            global g_depth
            g_depth = "written three deep"
        c()
    b()
a()
print(g_depth)
''')
rule("nonlocal_in_class_body", "nonlocal in a class body rebinds the function's variable; no class attribute", '''
def f():
    v = 1
    class K:
        nonlocal v
        v = 2
    print(v, hasattr(K, "v"))
f()
''')
rule("global_in_class_body", "global in a class body binds the module name, not a class attribute", '''
class G:
    global g_from_class
    g_from_class = "module level"
print(g_from_class, hasattr(G, "g_from_class"))
''')
rule("class_names_invisible_to_methods", "a method cannot see the class body's names", '''
class K:
    hidden = 5
    def m(self):
        try:
            return hidden
        except NameError as e:
            return "NameError: " + str(e)
print(K().m())
''')
rule("class_assigning_name_skips_cell", "a class body that assigns a name reads it from the namespace, then globals, never the enclosing cell", '''
shadow = "global"
def f():
    shadow = "enclosing"
    class K:
        print(shadow)
        shadow = "class"
        print(shadow)
    return K
print(f().shadow)
''')
rule("class_reads_enclosing_cell", "a class body that only reads a name sees the enclosing function's variable", '''
def f():
    seen = "from f"
    class K:
        copy = seen
    return K.copy
print(f())
''')
rule("class_locals_write_seen", "writes through locals() in a class body are seen by later reads", '''
class K:
    locals()["injected"] = 42
    doubled = injected * 2
print(K.injected, K.doubled)
''')
rule("class_namespace_before_cell", "the class namespace is checked before the closure cell", '''
def f():
    y = "cell"
    class K:
        locals()["y"] = "namespace"
        got = y
    def g():
        return y
    return K.got, g()
print(f())
''')
rule("comprehension_first_iterable_outside", "the first iterable of a comprehension is evaluated in the enclosing scope", '''
def f():
    items = [1, 2, 3]
    log = []
    def source():
        log.append("source")
        return items
    gen = (x * 10 for x in source())
    log.append("made")
    print(log, list(gen))
f()
''')
rule("comprehension_walrus_binds_outside", "an assignment expression in a comprehension binds in the enclosing function", '''
def f():
    total = 0
    sums = [total := total + n for n in range(4)]
    print(sums, total)
    return lambda: total
print(f()(), f.__code__.co_cellvars)
''')
rule("comprehension_lambda_qualname", "a lambda made in a comprehension is qualified by the comprehension", '''
def f():
    return [lambda: i for i in range(2)]
fs = f()
print([g.__qualname__ for g in fs], [g() for g in fs])
print((lambda: [lambda: 0 for _ in "a"])()[0].__qualname__)
''')
rule("genexpr_late_binding", "a generator expression reads free variables when it runs", '''
def f():
    k = 1
    g = (k * x for x in range(3))
    k = 100
    return list(g)
print(f())
''')
rule("defaults_at_definition", "default values are evaluated once, when def runs", '''
def f():
    n = 1
    def g(a=n):
        return a
    n = 2
    return g(), g.__defaults__
print(f())
''')
rule("name_mangling", "__x inside a class is mangled to _Class__x, also in nested functions", '''
class Box:
    __secret = "s"
    def get(self):
        def inner():
            return self.__secret
        return inner()
print(Box().get(), "_Box__secret" in Box.__dict__)
def probe():
    class Q:
        def m(self):
            __local = 1
            return __local
    return Q().m(), Q.m.__code__.co_varnames
print(probe())
''')
rule("del_cell_variable", "deleting a cell variable empties the cell that closures read", '''
def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    print(g())
f()
''')
rule("except_as_clears_cell", "except E as e deletes e at the end of the handler; a closure then sees an empty cell", '''
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        get = lambda: e
        print(type(get()).__name__)
    try:
        get()
    except NameError as err:
        print(err)
f()
''')
rule("super_zero_arg_method", "zero-argument super() in a method and in a classmethod", '''
class Base:
    def who(self):
        return "Base.who"
    @classmethod
    def make(cls):
        return "Base.make " + cls.__name__
class Child(Base):
    def who(self):
        return "Child+" + super().who()
    @classmethod
    def make(cls):
        return "Child+" + super().make()
print(Child().who(), Child.make())
''')
rule("super_in_staticmethod_error", "super() in a staticmethod without arguments raises RuntimeError", '''
class A:
    @staticmethod
    def s():
        return super()
try:
    A.s()
except RuntimeError as e:
    print("RuntimeError:", e)
''')
rule("super_in_nested_function", "a function nested in a method has __class__ but its own first argument", '''
class A:
    def hi(self):
        return "A.hi"
class B(A):
    def hi(self):
        def helper(obj):
            return super().hi()
        def noargs():
            return super()
        try:
            noargs()
        except RuntimeError as e:
            print("RuntimeError:", e)
        return helper(self)
print(B().hi())
''')
rule("class_cell_read_before_class_exists", "reading __class__ while the class body still runs is a NameError", '''
try:
    class A:
        def f():
            return __class__
        f()
except NameError as e:
    print("NameError:", e)
''')
rule("classcell_through_metaclass", "__classcell__ reaches type.__new__ through a metaclass and is not an attribute", '''
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class WithoutCell(metaclass=Meta):
    pass
print(WithCell().f() is WithCell, hasattr(WithCell, "__classcell__"))
''')
rule("classcell_missing_error", "a metaclass that drops __classcell__ makes class creation fail", '''
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class A(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" defining")[0])
''')
rule("closure_order_is_freevars", "__closure__ holds the very cells, in co_freevars order", '''
def f():
    zeta, alpha, mid = 3, 1, 2
    def g():
        return mid, zeta, alpha
    return g
g = f()
print(g.__code__.co_freevars)
print([c.cell_contents for c in g.__closure__])
''')
rule("closure_none_and_readonly", "__closure__ is None without free variables and cannot be assigned", '''
def plain():
    return 1
print(plain.__closure__)
try:
    plain.__closure__ = ()
except AttributeError as e:
    print("AttributeError:", e)
''')
rule("cell_contents_roundtrip", "cell_contents reads, writes (seen by the code at once) and deletes", '''
def f():
    v = "first"
    def g():
        return v
    return g
g = f()
cell = g.__closure__[0]
print(cell.cell_contents, g())
cell.cell_contents = "second"
print(g())
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    g()
except NameError as e:
    print("NameError:", e)
''')
rule("cell_repr_and_compare", "cell repr, and cells compare by contents with empty cells lowest", '''
import types
full = types.CellType(5)
empty = types.CellType()
print(repr(full).split(":")[0].startswith("<cell at"), repr(empty).endswith("empty>"))
print(repr(full).split(": ")[1])
print(empty < full, full > empty, empty == types.CellType(), types.CellType(1) < types.CellType(2))
''')
rule("cell_type_constructor", "types.CellType() makes an empty cell, CellType(x) a full one", '''
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print(e)
print(types.CellType([1]).cell_contents)
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError:", e)
''')


rule("function_type_from_code", "types.FunctionType(code, globals, name, argdefs, closure)", '''
import types
def maker():
    x = 10
    def add(y=1):
        return x + y
    return add
add = maker()
f2 = types.FunctionType(add.__code__, add.__globals__, "renamed", (5,), (types.CellType(100),))
print(f2(), f2.__name__, f2.__defaults__)
''')
rule("function_type_errors", "types.FunctionType checks its arguments as CPython does", '''
import types
def maker():
    x = 1
    return lambda: x
code = maker().__code__
for args in [(1, {}), (code, 1), (code, {}, 1), (code, {}, None, 1), (code, {}, None, None, None), (code, {}, None, None, (1,)), (code, {}, None, None, (types.CellType(), types.CellType()))]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
''')
rule("code_assignment_checks", "assigning __code__ requires the same number of free variables", '''
def three():
    return 3
def four():
    return 4
four.__code__ = three.__code__
print(four(), four.__name__)
def maker():
    z = 0
    return lambda: z
try:
    four.__code__ = maker().__code__
except ValueError as e:
    print("ValueError:", e)
try:
    four.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
''')
rule("code_name_tuples", "co_varnames, co_cellvars, co_freevars (sorted) and co_names", '''
def outer(p, q):
    b = 1
    a = 2
    loc = len([])
    def inner():
        return a + b + p
    return inner
inner = outer(1, 2)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars)
print(inner.__code__.co_freevars, outer.__code__.co_names)
''')
rule("code_arg_counts", "co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals", '''
def f(a, b, /, c, *args, d, e=1, **kw):
    local = 0
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
''')
rule("code_flag_bits", "co_flags bits: OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR, COROUTINE", '''
import inspect
def names(flags):
    return [n for n in ("CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED", "CO_GENERATOR", "CO_COROUTINE") if flags & getattr(inspect, n)]
def plain(*a, **k):
    def nested():
        yield 1
    return nested
async def coro():
    pass
print(names(plain.__code__.co_flags))
print(names(plain().__code__.co_flags))
print(names(coro.__code__.co_flags))
''')
rule("code_qualname_firstlineno", "co_qualname and co_firstlineno", '''
def f():
    class C:
        def m(self):
            pass
    return C.m
m = f()
print(m.__code__.co_qualname, m.__code__.co_firstlineno - f.__code__.co_firstlineno)
''')
rule("code_replace", "code.replace returns a changed copy", '''
def f(a):
    return a
c = f.__code__.replace(co_name="renamed")
print(c.co_name, f.__code__.co_name, c.co_varnames)
try:
    f.__code__.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
''')
rule("unbound_local_message", "UnboundLocalError for a local read before assignment", '''
count = 0
def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bump()
''')
rule("free_variable_message", "NameError for a free variable whose cell is empty", '''
def f():
    def g():
        return later
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return g()
print(f())
''')
rule("eval_exec_mappings", "eval/exec with explicit globals and any mapping as locals", '''
class Loud(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2 if k == "x" else dict.__getitem__(self, k)
g = {"y": 5}
print(eval("x + y", g, Loud(x=1)))
ns = {}
exec("a = 1\\nb = a + 1", g, ns)
print(sorted(ns.items()), "a" in g)
print(eval(compile("y * 3", "<s>", "eval"), g))
''')
rule("eval_sees_referenced_free_vars", "eval inside a nested function sees the free variables the function references", '''
def f():
    used = "used"
    unused = "unused"
    def g():
        used
        try:
            return eval("used"), eval("unused")
        except NameError as e:
            return eval("used"), "NameError: " + str(e)
    return g()
print(f())
''')
rule("exec_code_with_free_vars", "exec and eval refuse a code object with free variables", '''
def f():
    x = 1
    return lambda: x
code = f().__code__
for fn in (exec, eval):
    try:
        fn(code, {})
    except TypeError as e:
        print("TypeError:", e)
''')
rule("locals_includes_free_and_cell", "locals() in a function includes its cell and free variables", '''
def f(p):
    c = 1
    def g():
        q = 2
        return sorted(locals().items()), c, p
    return sorted(locals()), g()
print(f(0))
''')
rule("globals_vars_import", "globals(), vars() and __import__", '''
m = __import__("types")
print(m.__name__, "m" in globals() or "m" in vars())
class K:
    z = 1
    print(sorted(k for k in vars() if not k.startswith("__")))
print(__import__("collections.abc", fromlist=["Mapping"]).__name__)
''')
rule("compile_symtable_error", "compile() reports the symtable's SyntaxError", '''
for src in ["def f():\\n    from os import *\\n", "def f(a):\\n    nonlocal a\\n", "nonlocal q\\n", "def f():\\n    x = 1\\n    global x\\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
''')
rule("functools_wraps_partial", "functools.wraps keeps the wrapped function's identity; partial binds arguments", '''
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def greet(name, punct="!"):
    "Say hello."
    return "hello " + name + punct
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
p = functools.partial(greet, punct="?")
print(p("y"), p.func is greet, p.keywords)
''')
rule("functools_lru_cache", "lru_cache with cache_info, cache, reduce", '''
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
@functools.cache
def sq(n):
    return n * n
print(sq(3), sq(3), sq.cache_info().hits)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
''')
rule("functools_total_ordering_cached_property", "total_ordering, cached_property, singledispatch", '''
import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class P:
    calls = 0
    @functools.cached_property
    def val(self):
        P.calls += 1
        return 7
p = P()
print(p.val, p.val, P.calls)
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
print(show(1), show("s"))
''')
rule("inspect_closurevars_signature", "inspect.getclosurevars and signature", '''
import inspect
def outer():
    k = 3
    def inner(a, /, b=2, *rest, c, **kw):
        return k + len(rest)
    return inner
fn = outer()
cv = inspect.getclosurevars(fn)
print(cv.nonlocals, sorted(cv.builtins))
sig = inspect.signature(fn)
print(sig)
print([(p.name, str(p.kind)) for p in sig.parameters.values()])
print(inspect.isfunction(fn), inspect.isgeneratorfunction(fn), inspect.ismethod(fn))
''')
rule("types_namespace_method", "types.SimpleNamespace and types.MethodType", '''
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [2]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[2]))
class K:
    pass
def hello(self, who):
    return "hello " + who + " from " + type(self).__name__
m = types.MethodType(hello, K())
print(m("you"), m.__func__ is hello)
''')
rule("weakref_basics", "weakref.ref returns its live object; callbacks are kept; gc.collect returns an int", '''
import weakref, gc
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, r.__callback__ is None, isinstance(gc.collect(), int))
r2 = weakref.ref(o, print)
print(r2.__callback__ is print, r == r2)
del r2  # a dead reference never calls back (CPython would at exit, pycell cannot)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
''')
rule("generator_closure_send_throw_close", "a generator closing over a variable: send, throw, close", '''
def make():
    log = []
    def gen():
        try:
            while True:
                got = yield len(log)
                log.append(got)
        except ValueError:
            log.append("thrown")
            yield "after throw"
        finally:
            log.append("closed")
    return gen(), log
g, log = make()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError))
g.close()
print(log)
''')
rule("yield_from_closure", "yield from delegates to a generator that reads a free variable", '''
def outer():
    base = 10
    def sub():
        got = yield base
        return got * 2
    def main():
        r = yield from sub()
        yield r
    return main()
g = outer()
print(next(g), g.send(4))
''')
rule("closure_late_binding_loop", "closures made in a loop share the loop variable; a default captures the value", '''
def f():
    late = [lambda: i for i in range(3)]
    fns = []
    for j in range(3):
        fns.append(lambda: j)
    fixed = [lambda j=j: j for j in range(3)]
    return [g() for g in late], [g() for g in fns], [g() for g in fixed]
print(f())
''')
rule("nonlocal_counter_pair", "two closures share one cell through nonlocal", '''
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0])
''')
rule("function_type_other_globals", "a function made from a code object with another globals dict reads that dict", '''
import types
OFFSET = 1
def measure(s):
    return len(s) + OFFSET
ns = {"OFFSET": 100}
other = types.FunctionType(measure.__code__, ns)
print(measure("ab"), other("ab"), other.__globals__ is ns, ns == {"OFFSET": 100})
def reader():
    return who
print(eval(reader.__code__, {"who": "eval with its own globals"}))
''')
rule("exec_closure_keyword", "exec(code, globals, closure=cells) runs a closure's code with the given cells (3.11)", '''
import types
def make():
    v = 1
    def show():
        print("sees", v, NAME)
    return show
code = make().__code__
exec(code, {"NAME": "given"}, closure=(types.CellType(42),))
for kw in ({}, {"closure": ()}, {"closure": (1,)}):
    try:
        exec(code, {}, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("x = 1", {}, closure=(types.CellType(1),))
except TypeError as e:
    print("TypeError:", e)
''')

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'conformance', 'scope-rules')
os.makedirs(out, exist_ok=True)
n = 0
for name, (doc, code) in RULES.items():
    for ctx in ("module", "class", "function"):
        head = f"# {doc}.\n# Context: {ctx} level (the same rule at module, class and function level).\n"
        if ctx == "module":
            body = code + "\n"
        elif ctx == "class":
            body = "class Context:\n" + textwrap.indent(code, "    ") + "\n"
        else:
            body = "def context():\n" + textwrap.indent(code, "    ") + "\n\ncontext()\n"
        with open(os.path.join(out, f"{name}_{ctx}.py"), "w") as f:
            f.write(head + body)
        n += 1
print(n, "programs")
