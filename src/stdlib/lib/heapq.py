"""Heap queue algorithm (a.k.a. priority queue), written for pycell from the
documentation of CPython's heapq module.

A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k;
a[0] is the smallest item. Only `<` is used to compare items, as in CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(fname, heap, what='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() {what} must be list, not {type(heap).__name__}")


def _float_up(heap, start, pos):
    """Move heap[pos] towards the root (never above `start`) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink(heap, pos):
    """Let heap[pos] sink to a leaf along the smaller children, then float it
    back up: fewer comparisons than stopping early (the usual heapq trick)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _float_up(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list('heappush', heap)
    heap.append(item)
    _float_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list('heappop', heap, 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _need_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _need_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list('heapify', heap, 'argument')
    for i in reversed(range(len(heap) // 2)):
        _sink(heap, i)


# -- max-heap variants (private in CPython too, used by merge(reverse=True)) --

def _float_up_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _float_up_max(heap, start, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(heap):
    for i in reversed(range(len(heap) // 2)):
        _sink_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy; equal items come out in the order of the inputs they came from.
    """
    # each entry: [sort value, input number, item, iterator]; the input number
    # breaks ties, so items themselves are never compared when keys are equal
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            entries.append([item if key is None else key(item), order, item, it])
            break
    if reverse:
        # a max-heap on (value, -order): negate the order so earlier inputs win ties
        for e in entries:
            e[1] = -e[1]
        _heapify_max(entries)
        while len(entries) > 1:
            top = entries[0]
            yield top[2]
            for item in top[3]:
                top[0] = item if key is None else key(item)
                top[2] = item
                _heapreplace_max(entries, top)
                break
            else:
                _heappop_max(entries)
    else:
        heapify(entries)
        while len(entries) > 1:
            top = entries[0]
            yield top[2]
            for item in top[3]:
                top[0] = item if key is None else key(item)
                top[2] = item
                heapreplace(entries, top)
                break
            else:
                heappop(entries)
    if entries:
        last = entries[0]
        yield last[2]
        yield from last[3]


def _select(n, iterable, key, largest):
    """The n best items, best first; among equal keys the earliest item wins
    (the same as sorted(...)[:n], which is what the documentation promises)."""
    if n <= 0:
        return []
    if key is None:
        key = _identity
    best = []    # (key, item), best first
    for item in iterable:
        k = key(item)
        if len(best) == n:
            worst = best[-1][0]
            if not (worst < k if largest else k < worst):
                continue
        # insertion point: after every entry whose key is not worse than k
        lo, hi = 0, len(best)
        while lo < hi:
            mid = (lo + hi) // 2
            if (best[mid][0] < k) if largest else (k < best[mid][0]):
                hi = mid
            else:
                lo = mid + 1
        best.insert(lo, (k, item))
        if len(best) > n:
            best.pop()
    return [item for k, item in best]


def _identity(x):
    return x


# The TypeScript primitives replace the Python ones above when available.
try:
    from _heapq import *
    from _heapq import _heapify_max, _heapreplace_max, _heappop_max
except ImportError:
    pass


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key) if key is not None else min(it, default=sentinel)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key) if key is not None else max(it, default=sentinel)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    return _select(n, iterable, key, True)
