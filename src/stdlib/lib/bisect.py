"""Bisection algorithms, written for pycell from the documentation of
CPython's bisect module. Only `<` is used to compare; with `key`, the key is
applied to the list's items (and, for insort, to the new item)."""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted,
    after any entries equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted,
    before any entries equal to x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def _place(a, x, lo, hi, key, search):
    # the search runs on keys: with a key function, the new item's own key
    probe = x if key is None else key(x)
    # the search first: a non-sequence fails there (TypeError), before `a.insert`
    # is looked up
    at = search(a, probe, lo, hi, key=key)
    a.insert(at, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    _place(a, x, lo, hi, key, bisect_right)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    _place(a, x, lo, hi, key, bisect_left)


# the TypeScript versions (src/stdlib/bisect-native.ts) replace the ones above when
# present; import_fresh_module(..., blocked=['_bisect']) keeps these
try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right
