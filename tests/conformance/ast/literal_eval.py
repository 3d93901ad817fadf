# ast.literal_eval: accepted literals and the malformed-node errors
import ast
for s in ['1', '-1', '+1.5', '1+2j', '-(1)', '1-2j', '2j+1', '(1,[2],{3:4},{5},set())', 'x', 'f()',
          '1+1', '"a" "b"', 'b"x"', 'None', '...', '  1', '\t1', '-x', '--1', '{1:2, **a}',
          'set([1])', '1 if 2 else 3', '[*a]', 'True+1', '1+True', '(1+2j)+3', '1\n2', '{[1]:2}',
          '-"a"', '1.0-2j', '-(1+2j)', '{}', '()', '[]', "'\\u00e9'"]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(type(e).__name__, e)
print(ast.literal_eval(ast.Constant(5)), ast.literal_eval(ast.parse('[1]', mode='eval')))
for node in (ast.Name('x'), ast.Module([]), 3):
    try:
        ast.literal_eval(node)
    except ValueError as e:
        print(e)
