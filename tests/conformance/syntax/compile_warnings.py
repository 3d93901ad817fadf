# SyntaxWarnings of the compiler (compile.c check_caller, check_subscripter, check_index,
# check_compare, compiler_assert) and the tokenizer (verify_end_of_number), and the
# SyntaxError each becomes under the "error" filter
import warnings
sources = [
    'x is ()', 'x is (1, 2)', 'x is (1, y)', 'x is -1', 'x is f"a"', 'x is not "a"', 'x is []',
    'x is 1 is 2', 'x = (y is 2.5)',
    'None()', '...()', 'False()', '2()', '"s"()', '(1, 2)()', '(1, y)()', '[1]()', '{1: 2}()',
    '{1}()', '(i for i in y)()', 'f"{x}"()', '(lambda: 1)()', '-1()', '[(1, 2) (3, 4)]',
    '3[0]', 'None[0]', '{1}[0]', '(i for i in y)[0]', '(lambda: 1)[0]', '"s"[0]', '"s"["t"]',
    '[1]["k"]', '[1][0.5]', '(1,)[(0, 1)]', '[1][0:1]', '[1][False]', '[1][y]', 'b"x"[1.0]',
    '2.5[0]', 'x[0]["k"]', '{1: 2}["k"]',
    'assert (x, 1)', 'assert ()', 'assert (x,), "m"', 'assert ((1, 2))',
    '0o7or x in y', '9in x', '[0b1for x in ()]', 'y if 1else 0', '1 if x else 0',
]
for src in sources:
    for mode in ("always", "error"):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(mode)
            try:
                compile(src, "<t>", "exec")
                print(repr(src), mode, [(str(x.message), x.category.__name__, x.lineno) for x in w])
            except SyntaxError as e:
                print(repr(src), mode, "SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
