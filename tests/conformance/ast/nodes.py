# node classes: hierarchy, _fields, construction defaults and errors, deprecated aliases
import ast
print(ast.Name.__mro__)
print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__, ast.AST._fields)
print(ast.expr._attributes, ast.expr._fields, ast.arguments._fields, ast.arg._attributes)
n = ast.Name()
print(n.__dict__)
try:
    n.id
except AttributeError as e:
    print(e)
c = ast.Constant(1)
print(c.__dict__, c.kind, ast.Constant.kind, ast.expr.end_lineno, ast.ImportFrom().level)
for args, kw in [((1, 2, 3), {}), (('x',), {'id': 'y'}), ((), {'foo': 1})]:
    try:
        print(ast.Name(*args, **kw).__dict__)
    except TypeError as e:
        print(e)
for cls in (ast.AST, ast.Expr):
    try:
        cls(1, 2)
    except TypeError as e:
        print(e)
print(ast.Name('x').__reduce__())
print(type(ast.Num(1)).__name__, ast.Num(1).n, ast.Str(s='x').value, ast.Bytes(b'b').s, ast.Ellipsis().value)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant(True), ast.Num))
print(isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(b''), ast.Bytes))
print(isinstance(ast.Name(), ast.Num), ast.Num._fields, issubclass(ast.Num, ast.Constant))
print(ast.Index(ast.Name('x')).id, ast.dump(ast.ExtSlice([ast.Name('x')])))
print(isinstance(ast.parse('x').body[0], ast.stmt), isinstance(ast.Load(), ast.expr_context))
t = ast.parse("x; y")
print(t.body[0].value.ctx is t.body[1].value.ctx)
match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value=v)):
        print("matched", id, v)
