# A number followed directly by a keyword: `1if`/`1else` compile with a SyntaxWarning,
# but the exponent letter is checked as written (`1Else` is an invalid literal).
import warnings
for src in ["1 if 1else 0", "1 if 0else 0", "0 if 1Else 0", "[0x1for x in ()]", "1e5if 1 else 0", "1Eif"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print(repr(src), "->", eval(src))
        except SyntaxError as e:
            print(repr(src), "-> SyntaxError:", e.msg, e.offset)
        print("  warnings:", [(x.category.__name__, str(x.message)) for x in w])
