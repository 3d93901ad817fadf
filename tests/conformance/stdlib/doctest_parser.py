# DocTestParser: examples, their want/exc_msg/lineno/indent/options, parse errors
import doctest

p = doctest.DocTestParser()
t = p.get_doctest(">>> a = 1\n>>> a\n1\n", {}, "name", "file.py", 0)
print(t, repr(t.examples[1].source), repr(t.examples[1].want), t.examples[1].lineno, t.examples[1].indent)
parts = p.parse("text\n>>> 1\n1\nmore\n\n  >>> print(2)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n  2\n\nend")
print([type(x).__name__ for x in parts], repr(parts[0]), repr(parts[2]), repr(parts[-1]))
print(repr(parts[1].want), parts[3].indent, parts[3].lineno, parts[3].options)
ex = p.get_examples(">>> raise X\nTraceback (most recent call last):\n  stuff\nX: y\n")[0]
print(repr(ex.exc_msg), repr(ex.want))
print(doctest.OPTIONFLAGS_BY_NAME, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
for bad in (">>>1\n", ">>> x = 1  # doctest: +BOGUS\n", "  >>> if 1:\n ... pass\n", ">>> # doctest: +ELLIPSIS\n"):
    try:
        p.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError", e)
c = doctest.OutputChecker()
print(c.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS), c.check_output("1\n", "True\n", 0),
      c.check_output("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE), c.check_output("x\n", "y\n", 0))
print(doctest.script_from_examples("Text\n>>> 1 + 1\n2\n"))
# a lone comment or blank prompt line is not an example; two comment lines are
for ex in doctest.DocTestParser().get_examples(">>> # just a comment\n>>> x = 1\n>>>\n>>> # one\n... # two\n>>> x\n1\n"):
    print(repr(ex.source), repr(ex.want))
