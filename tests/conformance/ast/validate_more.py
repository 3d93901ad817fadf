# compile(tree): pattern, position, argument and context checks of CPython's ast.c validate
import ast

def check(node, mode="exec"):
    mod = ast.Module([node], []) if isinstance(node, ast.stmt) else node
    ast.fix_missing_locations(mod)
    try:
        compile(mod, "<v>", mode)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def match(pattern):
    return ast.Match(ast.Name('x', ast.Load()), [ast.match_case(pattern, body=[ast.Pass()])])

one = ast.MatchValue(ast.Constant(1))
for p in [ast.MatchValue(ast.Name('x', ast.Load())), ast.MatchValue(ast.Constant(True)),
          ast.MatchValue(ast.Constant((1, 2))), ast.MatchSingleton('s'), ast.MatchSingleton(None),
          ast.MatchStar(), ast.MatchSequence([ast.MatchStar('_')]), ast.MatchSequence([ast.MatchStar()]),
          ast.MatchAs(name='_'), ast.MatchAs(one), ast.MatchAs(one, 'y'), ast.MatchOr([one]),
          ast.MatchOr([one, one]), ast.MatchMapping([ast.Constant(1)], []),
          ast.MatchMapping([ast.Constant(None)], [one]),
          ast.MatchClass(ast.Constant(1), [], [], []), ast.MatchClass(ast.Name('C', ast.Load()), [], ['a'], [])]:
    check(match(p))
a = ast.arguments([], [ast.arg('x', ast.Name('t', ast.Store()))], None, [], [], None, [])
check(ast.FunctionDef('f', a, [ast.Pass()], [], None))
check(ast.FunctionDef('f', ast.arguments([], [], None, [], [ast.Constant(1)], None, []), [ast.Pass()], [], None))
check(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), [ast.Pass()], [], None))
comp = ast.ListComp(ast.Name('x', ast.Store()), [ast.comprehension(ast.Name('x', ast.Load()), ast.Name('y', ast.Load()), [], 0)])
check(ast.Expr(comp))
check(ast.Raise(None, ast.Name('e', ast.Load())))
check(ast.With([], [ast.Pass()]))
check(ast.Assign([None], ast.Constant(1)))
check(ast.Assign([ast.Constant(1)], ast.Constant(1)))
check(ast.Import([None]))
check(ast.Expr(ast.Call(ast.Name('f', ast.Load()), [], [None])))
check(ast.ImportFrom('time', [ast.alias('sleep')], None, lineno=None, col_offset=None))
for line, end in [(10, 1), (-5, 1)]:
    tree = ast.parse("a = 1")
    tree.body[0].lineno, tree.body[0].end_lineno = line, end
    check(tree)
tree = ast.parse("a = 1")
tree.body[0].col_offset, tree.body[0].end_col_offset = 10, 1
check(tree)
for v in (int, (1, 2, int), frozenset((1, int))):
    check(ast.Expression(ast.Constant(v)), "eval")
print(ast.Name.__doc__, ast.withitem.__doc__, ast.GtE.__doc__)
print(ast.cmpop.__doc__)
print(ast.expr_context.__doc__, ast.boolop.__doc__)
