# doctest verbose output, __test__, properties and staticmethods, run_docstring_examples
def g(x):
    """
    >>> g(1)
    2
    >>> print('hi')
    hi
    >>> x = 3
    """
    return x + 1

def h():
    """No examples here."""

class K:
    """
    >>> 1
    1
    """
    @staticmethod
    def s():
        """
        >>> 2
        3
        """
    @property
    def p(self):
        """
        >>> 'p'
        'p'
        """

__test__ = {"extra": """
>>> 5 * 5
25
"""}

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
    print(doctest.testmod(verbose=True))
    doctest.run_docstring_examples(g, {'g': g}, verbose=True, name="G")
    doctest.run_docstring_examples(g, {'g': g})
