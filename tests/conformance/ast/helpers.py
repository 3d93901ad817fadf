# walk, iter_fields, iter_child_nodes, docstrings, source segments, locations, visitors
import ast
src = 'x = 1\nif a:\n\tfoo(\n  b)\n'
t = ast.parse(src)
call = t.body[1].body[0].value
print(repr(ast.get_source_segment(src, call)), repr(ast.get_source_segment(src, call, padded=True)))
print(repr(ast.get_source_segment("s = 'é' + x\n", ast.parse("s = 'é' + x\n").body[0].value.right)))
n = ast.Module([ast.Expr(ast.BinOp(ast.Name('x', ast.Load()), ast.Add(), ast.Constant(1)))], [])
print(ast.dump(ast.fix_missing_locations(n), include_attributes=True))
e = ast.parse('x+1', mode='eval').body
print(ast.dump(ast.copy_location(ast.Expr(e.left), e), include_attributes=True))
print(ast.dump(ast.increment_lineno(ast.parse('x\ny'), 3), include_attributes=True))
print(repr(ast.get_docstring(ast.parse('def f():\n   """  a\n     b\n   """').body[0])))
print(repr(ast.get_docstring(ast.parse('def f():\n   """  a\n     b\n   """').body[0], clean=False)))
print(ast.get_docstring(ast.parse('x')))
try:
    ast.get_docstring(ast.Name())
except TypeError as e:
    print(e)
print(list(ast.iter_fields(ast.Name('x'))))
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse('f(a, *b, k=c)', mode='eval').body)])
print(sorted(type(c).__name__ for c in ast.walk(ast.parse('def f(x): return x + 1'))))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
        self.generic_visit(node)
v = Names()
v.visit(ast.parse('a = b + c(d)'))
print(v.seen)

class Upper(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)
    def visit_Pass(self, node):
        return None
    def visit_Constant(self, node):
        return [node, node] if False else node
t = Upper().visit(ast.parse('a = b + 1\npass\nif c: pass\nelse: d'))
print(ast.unparse(t))
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(21)))), '<t>', 'eval')))
