"""Text helpers for failure messages: reprs that never raise, and the
`[N chars]` elision that keeps `first != second` lines readable.

The numbers below are the observable layout of CPython 3.11's messages:
a pair of reprs is left alone while both fit in 80 characters; otherwise
their shared beginning is cut down to 5 characters, a `[N chars]` marker
and (room permitting) enough of its end to fill the line, and when even
that does not fit, each differing tail keeps 41 characters at the front
and 5 at the back.
"""

__unittest = True

LINE_BUDGET = 80      # reprs up to this long are shown whole
MARKER_ROOM = 12      # room reserved for a "[NNN chars]" marker
KEEP_HEAD = 5         # characters kept before a marker
KEEP_SHARED = 5       # minimum shared text kept after the marker
KEEP_TAIL = 5         # characters kept after a marker at the end
# the front of a differing tail fills what is left of the line
TAIL_FRONT = LINE_BUDGET - (KEEP_HEAD + MARKER_ROOM + KEEP_SHARED
                            + MARKER_ROOM + KEEP_TAIL)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= LINE_BUDGET:
        return text[:LINE_BUDGET] + ' [truncated]...'
    return text


def class_path(cls):
    return cls.__module__ + '.' + cls.__qualname__


def elide(text, head, tail):
    """Replace the middle of `text` by `[N chars]`, keeping `head` leading
    and `tail` trailing characters, when that saves room."""
    dropped = len(text) - head - tail
    if dropped <= MARKER_ROOM:
        return text
    return '%s[%d chars]%s' % (text[:head], dropped, text[len(text) - tail:])


def _shared_start(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    limit = min(len(first), len(last))
    while n < limit and first[n] == last[n]:
        n += 1
    return first[:n]


def shortened_reprs(*objects):
    """The reprs of `objects`, elided together so that their difference
    stays visible (used for `a != b` and `First differing element`)."""
    texts = [safe_repr(o) for o in objects]
    longest = max(len(t) for t in texts)
    if longest <= LINE_BUDGET:
        return tuple(texts)
    shared = _shared_start(texts)
    cut = len(shared)
    room = LINE_BUDGET - (longest - cut + KEEP_HEAD + MARKER_ROOM)
    if room > KEEP_SHARED:
        start = elide(shared, KEEP_HEAD, room)
        return tuple(start + t[cut:] for t in texts)
    start = elide(shared, KEEP_HEAD, KEEP_SHARED)
    return tuple(start + elide(t[cut:], TAIL_FRONT, KEEP_TAIL) for t in texts)
