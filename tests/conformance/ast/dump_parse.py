# ast.parse and ast.dump: fields, attributes, indentation, annotate_fields=False
import ast
src = "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    '''doc'''\n    return [x async for x in y if x]\nclass C(B, metaclass=M): pass\n"
t = ast.parse(src)
print(ast.dump(t))
print(ast.dump(t, annotate_fields=False))
print(ast.dump(t, include_attributes=True))
print(ast.dump(t, indent=2))
print(ast.dump(ast.parse("x", mode="eval"), indent="--"))
print(ast.dump(ast.parse("x = 1\n", mode="single"), indent=0))
print(ast.dump(ast.parse("f'{a!r:>{w}} {b}'")))
print(ast.dump(ast.parse("match p:\n case [1, *r] | {'k': v, **kw} if v: pass\n case P(x=0) as q: pass\n")))
print(ast.dump(ast.parse("é = 'ü' + x"), include_attributes=True))
print(ast.dump(ast.Name(id='x')), ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False))
print(ast.dump(ast.Constant(1, 'u')), ast.dump(ast.ImportFrom(None, [], None), annotate_fields=False))
print(ast.dump(ast.Name('x', ast.Load(), lineno=3), include_attributes=True))
try:
    ast.dump(1)
except TypeError as e:
    print(e)
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")))
