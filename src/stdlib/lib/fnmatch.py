"""fnmatch for pycell: Unix shell-style wildcards (*, ?, [seq], [!seq]),
written from the fnmatch documentation and black-box comparison with
CPython. On POSIX, fnmatch() is case-sensitive, as fnmatchcase()."""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat` (after os.path.normcase)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=256, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        regex = translate(pat.decode("latin-1")).encode("latin-1")
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    match = _matcher(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case-sensitively."""
    return _matcher(pat)(name) is not None


def _set(body):
    """The regex class for the body of [...] (without the brackets)."""
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if i + 2 < len(body) and body[i + 1] == "-":
            out.append(_set_char(c) + "-" + _set_char(body[i + 2]))
            i += 3
            continue
        out.append("\\-" if c == "-" else _set_char(c))
        i += 1
    text = "".join(out)
    if negate:
        return "[^" + text + "]"
    if text.startswith("^"):
        text = "\\" + text
    return "[" + text + "]"


def _set_char(c):
    return "\\\\" if c == "\\" else c


def translate(pat):
    """A regular expression (a str) matching what the shell pattern matches."""
    chunks = [[]]
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # consecutive stars are one star
            if not (len(chunks) > 1 and not chunks[-1] and pat[i - 2] == "*"):
                chunks.append([])
        elif c == "?":
            chunks[-1].append(".")
        elif c == "[":
            # find the closing ']' ('!' and a first ']' belong to the set)
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                chunks[-1].append("\\[")
            else:
                chunks[-1].append(_set(pat[i:j]))
                i = j + 1
        else:
            chunks[-1].append(re.escape(c))
    parts = ["".join(chunk) for chunk in chunks]
    if len(parts) == 1:
        body = parts[0]
    else:
        # every star but the last matches lazily inside an atomic group, so
        # that many stars do not make the match backtrack exponentially
        body = parts[0] + "".join("(?>.*?%s)" % p for p in parts[1:-1]) + ".*" + parts[-1]
    return "(?s:%s)\\Z" % body
