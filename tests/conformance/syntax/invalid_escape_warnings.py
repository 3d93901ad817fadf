# invalid escape sequences: one DeprecationWarning per literal (the first bad escape),
# a SyntaxError at the literal under the "error" filter, and the warning still given
# when the source has a syntax error further on
import warnings
sources = ["'\\q'", "'a\\q\\w'", "b'\\q'", "'\\477'", "b'\\477'", "'\\377'", "x = '\\d' + b'\\d'",
           "f'{1}\\q'", "r'\\q'", "'''\n\\q'''", "'\\N{DIGIT ONE}\\q'", "b'\\N'", "'\\9' $"]
for src in sources:
    for mode in ("always", "error"):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(mode)
            try:
                compile(src, "<t>", "exec")
                print(repr(src), mode, [(str(x.message), x.category.__name__, x.lineno) for x in w])
            except SyntaxError as e:
                print(repr(src), mode, "SyntaxError", e.msg, e.lineno, e.offset, [str(x.message) for x in w])
