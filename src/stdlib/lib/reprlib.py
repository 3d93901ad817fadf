"""reprlib for pycell: size-limited reprs and the recursive_repr decorator.

Written from the reprlib documentation and black-box runs of CPython 3.11:
containers show at most max<kind> items then '...', nesting deeper than
maxlevel shows as '...', and long str/int/other reprs keep their two ends
around '...'.
"""

import builtins
from itertools import islice

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue="..."):
    """Decorator for __repr__ methods: a call re-entered for the same object
    (a container holding itself) returns fillvalue."""

    def decorating(user_function):
        active = set()

        def wrapper(self):
            key = id(self)
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for attr in ("__module__", "__doc__", "__name__", "__qualname__"):
            setattr(wrapper, attr, getattr(user_function, attr, None))
        wrapper.__annotations__ = getattr(user_function, "__annotations__", {})
        return wrapper

    return decorating


def _cut_middle(text, limit):
    # keep both ends of an over-long repr around '...'
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


def _in_order(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Limits for each kind of object; repr() uses them, repr_<type name>
    methods (overridable) do the work per type."""

    def __init__(self):
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = "_".join(type(x).__name__.split())
        handler = getattr(self, "repr_" + kind, None)
        if handler is not None:
            return handler(x, level)
        return self.repr_instance(x, level)

    def _items(self, x, level, opening, closing, limit, single_suffix=""):
        count = len(x)
        if level <= 0 and count:
            inside = "..."
        else:
            parts = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                parts.append("...")
            inside = ", ".join(parts)
        if count == 1 and single_suffix:
            closing = single_suffix + closing
        return opening + inside + closing

    def repr_tuple(self, x, level):
        return self._items(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._items(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._items(x, level, "array('%s', [" % x.typecode, "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._items(_in_order(x), level, "{", "}", self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._items(_in_order(x), level, "frozenset({", "})", self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        parts = []
        for key in islice(_in_order(x), self.maxdict):
            parts.append(self.repr1(key, level - 1) + ": " + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            parts.append("...")
        return "{" + ", ".join(parts) + "}"

    def repr_str(self, x, level):
        shown = builtins.repr(x[:self.maxstring])
        if len(shown) <= self.maxstring:
            return shown
        return _cut_middle(builtins.repr(x), self.maxstring)

    def repr_int(self, x, level):
        return _cut_middle(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        return _cut_middle(text, self.maxother)


aRepr = Repr()


def repr(x):
    """repr(x) within the default limits (aRepr)."""
    return aRepr.repr(x)
