// Each scope rule, in five contexts (module, class body, function body, class and function
// nested in a function): pycell's dump, SyntaxError and code-object names must equal
// CPython's. Expectations come from python3 at test time, all in one process, and the
// trees are CPython's own, so these tests check the symtable alone.
import { describe, expect, it } from "vitest";
import type { Module } from "../../src/ast/nodes.js";
import { CompileError } from "../../src/ast/syntax-error.js";
import { buildSymtable, dumpSymtable, nameOp, type NameAccess, type NameContext, type ScopeEntry } from "../../src/symtable/index.js";
import { codeLines, coName } from "./code-info.js";
import { CONTEXTS, cpythonNameOps, cpythonSnippets } from "./cpython-snippets.js";

/** One idea each. `v` and `x` are bound by the enclosing function in the nested contexts. */
const RULES: Record<string, string> = {
  "assign, use, delete": "a = 1\nprint(a, b)\ndel a\n",
  "augmented assignment is a binding": "a += 1\n",
  "the value is compiled before the targets": "a = b = c\nc = 1\nfor i in seq:\n    pass\nseq = ()\n",
  "use before assignment is still local": "print(a)\na = 1\n",
  "tuple, starred and nested targets": "(a, [b, *c]), d.e, f[g] = h\n",
  "for target and else": "for i, (j, k) in items:\n    pass\nelse:\n    done = 1\n",
  "while with walrus": "while (chunk := read()):\n    use(chunk)\n",
  "with items": "with open(p) as fh, lock as (a, b), ctx:\n    pass\n",
  "except handler names": "try:\n    pass\nexcept E as err:\n    pass\nexcept (F, G) as err2:\n    pass\nelse:\n    ok = 1\nfinally:\n    fin = 1\n",
  "try star": "try:\n    pass\nexcept* E as eg:\n    pass\n",
  "imports": "import os, os.path, a.b.c as d\nfrom x import y, z as w\nfrom . import rel\n",
  "import star": "from os import *\n",
  "global statement": "global g\ng = 1\ndef inner():\n    return g\n",
  "global read only": "global g\nprint(g)\n",
  "nonlocal": "def inner():\n    nonlocal x\n    x = 2\n",
  "nonlocal of v": "nonlocal v\nv = 2\n",
  "nonlocal at depth": "def a():\n    def b():\n        nonlocal x\n        x += 1\n    return b\n",
  "global at depth": "def a():\n    def b():\n        global x\n        x = 1\n    x = 2\n    return b\n",
  "closure over a local": "y = 1\ndef get():\n    return y\n",
  "closure over a parameter": "def make(n, m):\n    return lambda k: n * k\n",
  "free variable passing through": "def a():\n    def b():\n        return x + v\n    return b\n",
  "class body names are invisible to methods": "k = 1\nclass K:\n    k = 2\n    def m(self):\n        return k\n",
  "class binds a name its method gets from outside": "class K:\n    x = 2\n    def m(self):\n        return x\n",
  "class declares global a name its method closes over": "class K:\n    global x\n    def m(self):\n        return x\n",
  "nonlocal in a class body": "class K:\n    nonlocal x\n    x = 3\n",
  "global in a class body": "class K:\n    global gk\n    gk = 3\n",
  "super and __class__": "class K(B):\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n    def o(self):\n        super = 1\n        return super\n",
  "super in a nested function": "class K:\n    def m(self):\n        def inner():\n            return super()\n        return inner\n",
  "__class__ at class level": "class K:\n    print(__class__)\n",
  "name mangling": "class __K:\n    __a = 1\n    __b__ = 2\n    def __m(self, __p):\n        import __mod.sub\n        return self.__a, __q, __p\n    class _Inner:\n        __c = 3\n",
  "class named with underscores only": "class _:\n    __a = 1\n",
  "list comprehension": "r = [i * j for i in range(3) for j in range(i) if i if j]\n",
  "set, dict and generator": "s = {a for a in x}\nd = {k: v2 for k, v2 in x}\ng = (q for q in x)\n",
  "first iterable is evaluated outside": "r = [w for w in w]\n",
  "nested comprehensions": "r = [[a + b for b in bs] for a in as_]\n",
  "comprehension closes over locals": "n = 2\nr = [i * n for i in range(3)]\n",
  "lambda in a comprehension": "fs = [lambda: i for i in range(3)]\n",
  "walrus in a comprehension": "r = [(last := i) for i in range(3)]\n",
  "walrus in a nested comprehension": "r = [[(deep := a) for a in b] for b in c]\n",
  "walrus in a generator condition": "r = any((hit := z) > 0 for z in zs)\n",
  "walrus in a lambda": "f = lambda: (inner := 1)\n",
  "async comprehension": "async def co():\n    return [a async for a in aiter() if await a]\n",
  "lambda defaults are evaluated outside": "f = lambda a, b=d1, *c, k=d2, **kw: a + b + k\n",
  "decorators, defaults, annotations": "@dec(arg)\ndef fn(a: A, /, b: B = D, *args: S, c: C = E, **kw: K) -> R:\n    pass\n",
  "class bases, keywords, decorators": "@cd\nclass K(Base, metaclass=Meta, **opts):\n    pass\n",
  "annotations": "a: int\nb: str = 's'\n(c): int = 1\n(e): int\nobj.attr: int = 2\nseq[0]: int\n",
  "annotated global at module level": "global ag\nag: int = 1\n",
  "match captures": "match subject:\n    case [first, *rest]:\n        pass\n    case {'k': val, **others}:\n        pass\n    case Point(x=px, y=0) | Point(x=px, y=1) as pt:\n        pass\n    case Color.RED if guard:\n        pass\n    case _:\n        pass\n",
  "generator function": "def gen():\n    yield 1\n    x = yield from other()\n",
  "async function": "async def co():\n    await thing()\n    async with a as b:\n        pass\n    async for c in d:\n        pass\n",
  "async generator": "async def ag():\n    yield 1\n",
  "args and kwargs": "def fn(a, b=1, *args, c, d=2, **kwargs):\n    return args, kwargs\n",
  "positional only": "def fn(a, b, /, c):\n    pass\n",
  "deleting a free variable's owner": "def a():\n    def b():\n        return x\n    del x\n    return b\n",
  "except name seen by a closure": "try:\n    pass\nexcept E as e:\n    def h():\n        return e\n",
  "try else is visited before the handlers": "try:\n    def t1(): pass\nexcept E:\n    def t2(): pass\nelse:\n    def t3(): pass\nfinally:\n    def t4(): pass\n",
  "return inside try finally": "def fn():\n    try:\n        return a\n    finally:\n        late = 1\n    early = 2\n",
  "names used only in annotations": "def fn(p: Only) -> Ret:\n    q: Inner = 1\n",
  "dunder and builtins": "print(__name__, __doc__, len)\n",
  "f-strings": "s = f'{a!r:{width}} {b}'\n",
  "star expressions and slices": "print(*a, **b)\nx2 = c[d:e:f]\n",
  "redefinition of a function name": "def dup(): pass\ndef dup(): return 1\n",
  "a method named like a class attribute": "class K:\n    def name(self): pass\n    name = property(name)\n",
  "a class that assigns __class__": "class K:\n    __class__ = 1\n    def m(self):\n        return __class__\n",
  "walrus target declared global": "global gg\nr = [(gg := i) for i in x]\n",
  "class names seen by lambda defaults and comprehensions": "class K:\n    d = 1\n    f = lambda a=d: a + d\n    r = [d for _ in range(3)]\n    s = [i for i in d]\n",
  "del in a nested function": "def a():\n    def b():\n        del x\n    return b\n",
  "async generator expression": "async def co():\n    return (a async for a in b), (await c for c in d)\n",
  "async comprehension inside a comprehension": "async def co():\n    return [[i async for i in j] for j in k]\n",
  "yield in a lambda": "f = lambda: (yield)\n",
  "match capture used by a closure": "match s:\n    case [cap]:\n        def h():\n            return cap\n",
  "nested classes and mangling": "class Outer:\n    class __Inner:\n        def __m(self):\n            return __x\n    def f(self):\n        return self.__Inner, __y\n",
  "comprehension iteration variable shadowing": "x2 = [x2 for x2 in x2]\n",
  "walrus rebinding a parameter": "def fn(a):\n    [a := 1 for i in x]\n    return a\n",
  "walrus in a comprehension in a lambda": "f = lambda: [(w := i) for i in x]\n",
  "walrus in a comprehension in a method": "class K:\n    def m(self):\n        return [(w := i) for i in x], w\n",
  "comprehension in a default of a nested def": "def fn(a=[i for i in x]):\n    return a\n",
  "lambda closing over a comprehension variable": "fs = [(lambda: (i, j)) for i in a for j in b]\n",
};

const ERRORS: Record<string, string> = {
  "nonlocal at module level": "nonlocal x\n",
  "nonlocal at module level, indented": "if 1:\n    nonlocal x\n",
  "no binding for nonlocal": "def f():\n    nonlocal x\n",
  "no binding for nonlocal in a class": "class C:\n    nonlocal x\n",
  "no binding: the global declaration hides it": "def g():\n    global x\n    def f():\n        nonlocal x\n",
  "no binding: class names do not count": "class C:\n    x = 1\n    def f(self):\n        nonlocal x\n",
  "parameter and nonlocal": "def f(x):\n    nonlocal x\n",
  "parameter and global": "def f(x):\n    global x\n",
  "keyword-only parameter and global": "def f(*, a):\n    global a\n",
  "positional-only parameter and nonlocal": "def f(a, /):\n    nonlocal a\n",
  "assigned before nonlocal": "def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
  "used before nonlocal": "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
  "assigned before global": "def f():\n    x = 1\n    global x\n",
  "used before global": "def f():\n    print(x)\n    global x\n",
  "used before global at module level": "print(x)\nglobal x\n",
  "assigned before global in a class": "class C:\n    x = 1\n    global x\n",
  "second name of a global statement": "def f():\n    print(b)\n    global a, b\n",
  "annotated then global": "def f():\n    x: int\n    global x\n",
  "global then annotated": "def f():\n    global x\n    x: int = 3\n",
  "nonlocal then annotated": "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int = 3\n",
  "nonlocal and global": "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
  "global and nonlocal": "def g():\n    x = 1\n    def f():\n        nonlocal x\n        global x\n",
  "first of several errors in one block": "def f():\n    nonlocal b\n    nonlocal a\n",
  "parent block errors before its children": "def f():\n    def g():\n        nonlocal q\n    nonlocal r\n",
  "pass 1 errors before pass 2": "nonlocal x\ndef f(a, a): pass\n",
  "import star in a function": "def f():\n    from os import *\n",
  "import star in a class": "class C:\n    from os import *\n",
  "duplicate argument": "def f(a, b, a): pass\n",
  "duplicate keyword-only argument": "def f(a, *, a): pass\n",
  "duplicate *args": "def f(a, *a): pass\n",
  "duplicate **kwargs": "def f(a, **a): pass\n",
  "duplicate positional-only argument": "def f(a, /, a): pass\n",
  "duplicate lambda argument": "lambda a, a: 1\n",
  "duplicate mangled argument": "class C:\n    def f(self, __a, _C__a): pass\n",
  "walrus in a comprehension iterable": "[x for x in (y := [1])]\n",
  "walrus in a nested comprehension iterable": "[x for x in [y for y in (z := 1)]]\n",
  "walrus in a lambda in a comprehension iterable": "[x for x in (lambda: (z := 1))()]\n",
  "walrus in a later iterable": "[x for y in z for x in (w := y)]\n",
  "walrus rebinding the iteration variable": "[x := 0 for x in range(3)]\n",
  "walrus rebinding an outer iteration variable": "[[x := 1 for y in z] for x in w]\n",
  "walrus in a comprehension in a class": "class C:\n    [y := 0 for x in range(3)]\n",
  "inner loop rebinding a walrus target": "[i for i in range(5) if (j := 0) for j in range(5)]\n",
  "yield in a list comprehension": "def f():\n    [(yield x) for x in y]\n",
  "yield in a set comprehension": "def f():\n    {(yield x) for x in y}\n",
  "yield in a dict comprehension": "def f():\n    {x: (yield x) for x in y}\n",
  "yield in a generator expression": "def f():\n    ((yield x) for x in y)\n",
  "yield from in a list comprehension": "def f():\n    [(yield from x) for x in y]\n",
  "yield in an annotation (future)": "from __future__ import annotations\ndef f(x: (yield)): pass\n",
  "walrus in an annotation (future)": "from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
  "await in an annotation (future)": "from __future__ import annotations\nasync def f(x: (await y)): pass\n",
  "walrus in a variable annotation (future)": "from __future__ import annotations\nv: (w := 1)\n",
  "unknown future feature": "from __future__ import nonsense\n",
  "future braces": "from __future__ import braces\n",
  "future feature after the docstring": "'''doc'''\nfrom __future__ import annotations, nonsense\n",
  "late future import on the same line": "import os; from __future__ import annotations\n",
  "late future import on another line is the compiler's": "import os\nfrom __future__ import nonsense\n",
  "no symtable error: await outside async": "await x\n",
  "no symtable error: return outside function": "return 1\n",
  "future annotations hide annotation names": "from __future__ import annotations\ndef f(a: A = d) -> R:\n    v: V = 1\nclass K:\n    c: C\n",
  "walrus in a comprehension inside a future annotation": "from __future__ import annotations\ndef f():\n    x: [(y := 1) for i in r]\n",
};

function pycellResult(source: string, tree: Parameters<typeof buildSymtable>[0]): { dump: string | null; error: unknown[] | null; codes: string } {
  try {
    const table = buildSymtable(tree, "<snippet>");
    return { dump: dumpSymtable(table), error: null, codes: codeLines(table) };
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { dump: null, error: [e.msg, e.lineno, e.offset, e.endLineno, e.endOffset], codes: "" };
  }
}

const ruleCases = Object.entries(RULES).flatMap(([rule, src]) => Object.entries(CONTEXTS).map(([ctx, wrap]) => ({ name: `${rule} (${ctx})`, source: wrap(src) })));
const errorCases = Object.entries(ERRORS).map(([name, source]) => ({ name, source }));
const all = [...ruleCases, ...errorCases];
const expected = cpythonSnippets(all.map((c) => c.source));

describe.each([
  ["scope rules", ruleCases, 0],
  ["symtable SyntaxErrors", errorCases, ruleCases.length],
] as const)("%s", (_title, cases, base) => {
  it.each(cases.map((c, i) => [c.name, c.source, base + i] as const))("%s", (_name, source, index) => {
    const want = expected[index]!;
    expect(want.ast, "CPython parses every snippet").not.toBeNull();
    const got = pycellResult(source, want.ast!);
    expect(got.error).toEqual(want.error);
    expect(got.dump).toEqual(want.dump);
    if (want.codes !== null) expect(got.codes).toEqual(want.codes);
  });
});

describe("nameOp agrees with the instructions CPython emits", () => {
  const compiled = all.map((c, i) => ({ ...c, want: expected[i]! })).filter((c) => c.want.codes !== null && c.want.ast?._type === "Module");
  const ops = cpythonNameOps(compiled.map((c) => c.source));
  const family: Record<NameAccess, string> = { fast: "FAST", deref: "DEREF", classderef: "CLASSDEREF", global: "GLOBAL", name: "NAME" };
  const ctxOf: Record<string, NameContext> = { LOAD: "load", STORE: "store", DELETE: "del" };
  it.each(compiled.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const table = buildSymtable(c.want.ast!, "<snippet>");
    const byCodeName = new Map<string, ScopeEntry[]>();
    const walk = (ste: ScopeEntry) => {
      const key = coName(ste);
      byCodeName.set(key, [...(byCodeName.get(key) ?? []), ste]);
      ste.children.forEach(walk);
    };
    walk(table.top);
    const mismatches: string[] = [];
    for (const [co, opname, name] of ops[i]!) {
      const scopes = byCodeName.get(co);
      if (scopes?.length !== 1) continue; // two code objects of that name: cannot tell which
      const [prefix] = opname.split("_", 1) as [string];
      const mine = nameOp(scopes[0]!, name, ctxOf[prefix]!);
      const got = `${prefix}_${family[mine.access]}`;
      if (got !== opname || mine.name !== name) mismatches.push(`${co}: ${opname} ${name}, pycell says ${got} ${mine.name}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("eval and single modes", () => {
  const sources: [string, "eval" | "single"][] = [
    ["[lambda: x for x in y if (z := x)]", "eval"],
    ["(yield)", "eval"],
    ["def f(a):\n    return lambda: a\n", "single"],
    ["global q; q = 1", "single"],
  ];
  const results = cpythonSnippets(sources);
  it.each(sources.map((s, i) => [s[1], s[0], i] as const))("%s: %s", (_mode, source, i) => {
    const want = results[i]!;
    const got = pycellResult(source, want.ast!);
    expect(got.error).toEqual(want.error);
    expect(got.dump).toEqual(want.dump);
    if (want.codes !== null) expect(got.codes).toEqual(want.codes);
  });
});

describe("the API", () => {
  it("maps scope nodes to their entries and exposes code-object facts", () => {
    const source = "class K:\n    def m(self, a, *r, k, **kw):\n        def g():\n            return a, super()\n        return g\n";
    const tree = cpythonSnippets([source])[0]!.ast as Module;
    const table = buildSymtable(tree, "<api>");
    const cls = tree.body[0]!;
    const k = table.lookup(cls);
    expect(k.type).toBe("class");
    expect(k.needsClassClosure).toBe(true);
    expect(k.cellvars).toEqual(["__class__"]);
    const m = table.lookup((cls as Extract<typeof cls, { _type: "ClassDef" }>).body[0]!);
    expect(m.name).toBe("m");
    expect([m.argcount, m.kwonlyargcount, m.hasVarargs, m.hasVarkeywords]).toEqual([2, 1, true, true]);
    expect(m.varnames).toEqual(["self", "a", "k", "r", "kw", "g"]);
    expect(m.cellvars).toEqual(["a"]);
    expect(m.freevars).toEqual(["__class__"]);
    expect(m.children[0]!.freevars).toEqual(["__class__", "a"]);
    expect(() => table.lookup(tree.body[0]!.lineno as never)).toThrow();
  });

  it("turns a tree nested too deep into RecursionError, not a JavaScript error", () => {
    let e: { _type: "UnaryOp"; op: { _type: "USub" }; operand: unknown; lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } | { _type: "Name"; id: string; ctx: { _type: "Load" }; lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } = { _type: "Name", id: "x", ctx: { _type: "Load" }, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };
    for (let i = 0; i < 100_000; i++) e = { _type: "UnaryOp", op: { _type: "USub" }, operand: e, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };
    const tree = { _type: "Module", body: [{ _type: "Expr", value: e, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 }], type_ignores: [] } as unknown as Parameters<typeof buildSymtable>[0];
    expect(() => buildSymtable(tree, "<deep>")).toThrow(/RecursionError|maximum recursion depth/);
  });
});
