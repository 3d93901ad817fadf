# doctest: DocTestSuite under unittest (names, failure text), directives, expected
# exceptions with IGNORE_EXCEPTION_DETAIL, REPORT_ONLY_FIRST_FAILURE, the parser's
# errors and line numbers, __test__ strings, script_from_examples
import doctest
import io
import sys
import unittest


def double(x):
    """
    >>> double(2)
    4
    >>> double(3)
    7
    >>> raise ValueError("boom")
    Traceback (most recent call last):
      ...
    ValueError: bam
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: other
    >>> print("x")  # doctest: +SKIP
    y
    """
    return x * 2


class Box:
    """
    >>> Box().size
    1
    """
    size = 1

    @staticmethod
    def make():
        """
        >>> Box.make()
        'box'
        """
        return "box"


__test__ = {"text": """
>>> y = 5
>>> y * 2
10
"""}


def clean(text):
    # the runner's own frame in an example's traceback differs between implementations
    kept = [line for line in text.replace(__file__, "FILE").split("\n")
            if "doctest" not in line or "<doctest " in line or "Doctest" in line
            or "doctest test" in line]
    kept = [line for line in kept if "exec(compile(" not in line]
    return "\n".join(kept)


module = sys.modules[__name__]
suite = doctest.DocTestSuite(module)
print(suite.countTestCases(), [str(t) for t in suite], [t.id() for t in suite][:2])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(len(result.failures), result.testsRun)
for case, text in result.failures:
    print(case.shortDescription())
    body = text[text.index("Failed doctest"):]
    print(clean(body))

out = io.StringIO()
runner = doctest.DocTestRunner(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
for test in doctest.DocTestFinder().find(double, "double", globs={"double": double}):
    print(runner.run(test, out=out.write))
print(clean(out.getvalue()).count("Failed example"))
parser = doctest.DocTestParser()
for bad in ["  >>>x\n", "  >>> x\n ... y\n", "  >>> x\n 1\n", ">>> x # doctest: +BOGUS\n",
            ">>> # doctest: +ELLIPSIS\n"]:
    try:
        parser.parse(bad, "nm")
    except ValueError as exc:
        print(exc)
examples = parser.get_examples("text\n    >>> a = 1\n    >>> print(a,\n    ...   2)\n    1 2\n")
print([(e.source, e.want, e.lineno, e.indent) for e in examples])
print(doctest.script_from_examples("Text\n>>> x = 1\n>>> x\n1\n\nmore\n"), end="")
print(doctest._ellipsis_match("a...c", "abc"), doctest._ellipsis_match("aa...aa", "aaa"))
