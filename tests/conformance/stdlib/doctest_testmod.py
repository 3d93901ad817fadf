# doctest.testmod: passing and failing examples, ELLIPSIS/NORMALIZE_WHITESPACE
# directives, expected exceptions, <BLANKLINE>, the failure report and summary
"""Module doc.

>>> 1 + 1
2
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
"""

def f(x):
    """Double.

    >>> f(2)
    5
    >>> f(3)  # doctest: +ELLIPSIS
    6...
    >>> [1,   2]  # doctest: +NORMALIZE_WHITESPACE
    [1, 2]
    >>> raise ValueError("bad")
    Traceback (most recent call last):
      ...
    ValueError: bad
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> print("nothing expected")
    >>> x = 5  # doctest: +SKIP
    """
    return x * 2

class C:
    """Class.

    >>> C().m()
    'm'
    """
    def m(self):
        """
        >>> C().m()
        'x'
        """
        return 'm'

if __name__ == "__main__":
    import doctest
    import sys
    class _NoPath:
        """stdout that hides this file's path (it differs between runners)"""
        def __init__(self, out):
            self.out = out
            self.encoding = out.encoding
        def write(self, s):
            return self.out.write(s.replace(__file__, "FILE"))
        def flush(self):
            self.out.flush()
    sys.stdout = _NoPath(sys.stdout)
    print(doctest.testmod())
    print(doctest.testmod(verbose=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
