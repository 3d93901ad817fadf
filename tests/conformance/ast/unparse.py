# ast.unparse: precedence-aware output, layout, docstrings, f-strings; round trips
import ast
SOURCES = ['import sys\n"""doc"""\nimport a.b as c, d\nfrom ..x import (y as z, w)\n@dec(1)\nclass C(B, metaclass=M):\n    \'\'\'cls doc\'\'\'\n    x: int = 1\n    def f(self, a, /, b=2, *args, c, d=3, **kw) -> int:\n        global g\n        return (yield)\n    async def g():\n        async for x in y: pass\n        async with a as b, c: await z\nx = y = (1, 2)\na, *b = 1,\nx += -(-1) ** 2 ** -3\nprint(f"{x!r:>{w}} {\'a\'} {{}}\\n", 1 .real, (-1) ** 2, not a and b or c, a if b else c, lambda x, *, y=1: x)\ndel x[1:2, ::3], y.z\nfor i in range(3):\n    continue\nelse:\n    pass\nwhile 1:\n    break\nif a:\n    pass\nelif b:\n    pass\nelse:\n    pass\ntry:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    pass\ntry:\n    pass\nexcept* D:\n    pass\nelse:\n    pass\nfinally:\n    pass\nwith open(x) as (a, b): pass\nmatch p:\n    case [1, *r] | {\'k\': v, **kw} if v: pass\n    case Point(x=0, y=_) as q: pass\n    case None: pass\nassert x, \'m\'\nl = [i for i in x if i async for j in y]\ns = {a: b for a, b in c}\ng = (x for x in y)\nst = {1, 2}\ne = {}\nt = ()\nx = (yield from z)\nb\'x\'; \'a\' \'b\'; ...; 1e400; 1j; -1; ~x; +x; x @ y; a[b:c, d]; a[(1, 2)]; a[()]; f(*a, **k, x=1); (a := 1); a < b <= c is not d not in e\ndef f(): return\nnonlocal_ = 1\nx: int\n(x): int = 3\n', 'class C:\n    def f():\n        """A "doc" with \'quotes\'\n        and lines"""\n        def g(): pass\n        return 1, 2\nx = ast.Set([])\nf(x for x in y)\nf((x for x in y), 1)\n{**a, \'b\': 1}\na[*b]\nreturn_ = (lambda: 1)()\n(a if b else c)(d)\nx = yield\nawait x\n(yield x)\na.b.c\n(1).real\n1.5.real\n\'a\\n\\\'"\'\n"a\'"\nu\'x\'\nf\'{x}\' f\'{y!s}\' \'z\'\nf\'{"a"}{x:{"y"}}\'\n(not x) + 1\n-x ** 2\n(-x) ** 2\na = b, = c\n*a, b = c\n[a, b] = c\nx = 1 if y else (2 if z else 3)\nx = (1 if y else 2) if z else 3\nlambda: (yield)\nf(a)(b)[c]\n(a + b) * c\na - (b - c)\na ** b ** c\n(a ** b) ** c\nnot not x\nx = a or (b and c)\nx = (a or b) and c\nx = f\'{a!r}\' \nx = (a, )\nprint(*a, sep=\'\')\nraise\nimport a as b\nfrom . import x\nglobal a, b\nclass D: pass\nx = {1: 2, **{}}\nx = 1_000\nx = 0x10\nx = -(1)\nx = (-1).real\nx = True.real\nprint((yield))\nx[a:b:c]\nx[::]\nx[1:]\nwith (a, b): pass\n']
for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    again = ast.unparse(ast.parse(text))
    print(again == text, ast.dump(ast.parse(text)) == ast.dump(ast.parse(again)))
for value in (float('nan'), 1j * float('inf'), (1, 2.0), (1,), 1e400, -0.0, 'it\'s', 'a"b\'c'):
    print(ast.unparse(ast.Constant(value)))
print(ast.unparse(ast.Set([])), ast.unparse(ast.Name('x')), repr(ast.unparse(ast.Module([], []))))
print(repr(ast.unparse(ast.parse('if x:\n  def f(): pass\n'))))
for e in ['(a := 1 + 2)', 'x = (y := f(1))', 'for x in 1, 2: pass', 'a[1,]', 'f"it\'s {x}"', 'f"{x!a}{{"',
          'match x:\n case (a|b) as c: pass\n case [a as b, (c as d) | e]: pass\n case {1: _, **r}: pass\n case -1 | 1+2j | a.b: pass',
          'del (a, b), c', 'lambda *a, **k: 0', 'lambda a, /, b: 0', 'def f(a: int = 1, *, b: str = "x"): pass',
          '(yield)', 'x = not (a or b)', '2 ** -1', 'a if (b if c else d) else e', '[x for x in (a if b else c) if (y := x)]',
          'async def f():\n    return [await x async for x in y]', 'x @= y', 'print(*(a or b))', '{**(a or b)}']:
    print(ast.unparse(ast.parse(e)))
