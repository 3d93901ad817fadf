# a starred element or ** item in front of `for`: the parser's invalid_comprehension,
# invalid_dict_comprehension and invalid_arguments messages and ranges
sources = ['(*a for a in b)', '[*a for a in b]', '{*a for a in b}', 'print(*a for a in b)',
           'f(x, *a for a in b)', 'f(*a for a in b, x)', '[*a, b for a in c]', '{**a: 1 for a in b}',
           'class C(*a for a in b): pass', 'class C(x, *a for a in b): pass',
           '@f(*a for a in b)\ndef g(): pass', 'f(**a for a in b)', 'f(x=1, *a for a in b)',
           '{**{} for a in [1]}', '{**a async for a in b}', '{**a, **b for x in y}']
for src in sources:
    try:
        compile(src, '<t>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
