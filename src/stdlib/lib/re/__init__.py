"""Regular expressions for pycell (the engine is TypeScript: src/stdlib/re/).

Public names, signatures, reprs and messages follow CPython 3.11's `re` module as
documented and observed; the code is pycell's own.
"""
import _pycell_re as _engine

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

# ---- flags ------------------------------------------------------------------
# RegexFlag behaves like CPython's IntFlag members as far as pycell can without int
# subclassing: value, |, &, ^, ~, ==, hash, index, repr.

_FLAG_ORDER = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128)]
_ALL_FLAGS = 511


class RegexFlag:
    __module__ = "re"
    __slots__ = ("_value_", "_name_")

    def __new__(cls, value=0):
        if isinstance(value, RegexFlag):
            return value
        value = value.__index__()
        for name, v in _FLAG_ORDER:
            if v == value and name in _members:
                return _members[name]
        self = object.__new__(cls)
        self._value_ = value
        self._name_ = None
        return self

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        if self._name_ is not None:
            return self._name_
        if self._value_ == 0:
            return None
        names = [n for n, v in _FLAG_ORDER if self._value_ & v]
        return "|".join(names) if names else None

    def __repr__(self):
        v = self._value_
        if v == 0:
            return "re.NOFLAG"
        parts = []
        rest = v
        for n, bit in _FLAG_ORDER:
            if v & bit:
                parts.append("re." + n)
                rest &= ~bit
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __index__(self):
        return self._value_

    def __int__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, RegexFlag):
            return self._value_ == other._value_
        if isinstance(other, int):
            return self._value_ == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __bool__(self):
        return self._value_ != 0

    def __or__(self, other):
        if isinstance(other, (RegexFlag, int)) and not isinstance(other, bool):
            return RegexFlag(self._value_ | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (RegexFlag, int)) and not isinstance(other, bool):
            return RegexFlag(self._value_ & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (RegexFlag, int)) and not isinstance(other, bool):
            return RegexFlag(self._value_ ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~self._value_)

    def __add__(self, other):
        return self._value_ + other

    __radd__ = __add__

    def __sub__(self, other):
        return self._value_ - other

    def __rsub__(self, other):
        return other - self._value_

    def __reduce__(self):
        return (RegexFlag, (self._value_,))


_members = {}


def _mk(name, value):
    f = object.__new__(RegexFlag)
    f._value_ = value
    f._name_ = name
    _members[name] = f
    return f


NOFLAG = _mk("NOFLAG", 0)
ASCII = A = _mk("ASCII", 256)
IGNORECASE = I = _mk("IGNORECASE", 2)
LOCALE = L = _mk("LOCALE", 4)
UNICODE = U = _mk("UNICODE", 32)
MULTILINE = M = _mk("MULTILINE", 8)
DOTALL = S = _mk("DOTALL", 16)
VERBOSE = X = _mk("VERBOSE", 64)
TEMPLATE = T = _mk("TEMPLATE", 1)
DEBUG = _mk("DEBUG", 128)

_PATTERN_FLAG_NAMES = [(1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"),
                       (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"),
                       (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII")]


def _flag_value(flags):
    if isinstance(flags, RegexFlag):
        return flags._value_
    return flags.__index__()


# ---- Pattern ----------------------------------------------------------------

class Pattern:
    """Compiled regular expression object."""

    __module__ = "re"
    __slots__ = ("_h", "pattern", "flags", "groups", "_groupindex", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _mappingproxy(self._groupindex)

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % p
        names = []
        for bit, name in _PATTERN_FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (p, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and type(self.pattern) is type(other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode):
        m = _engine.match(self._h, string, pos, endpos, mode)
        if m is None:
            return None
        return _new_match(self, string, pos, endpos, m)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for m in _engine.scan(self._h, string, pos, endpos, 0):
            yield _new_match(self, string, pos, endpos, m)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _engine.findall(self._h, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string[:]]
        return _engine.split(self._h, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        is_bytes = not isinstance(self.pattern, str)
        if callable(repl):
            func = repl
            pieces = None
        else:
            if is_bytes:
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
            elif not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            func = None
            pieces = _parse_template(repl, self)
        if count < 0:
            count = 0
        if func is None:
            return _engine.sub(self._h, pieces, string, count)
        matches = _engine.scan(self._h, string, 0, _MAXSIZE, count)
        if not matches:
            return _same_type(string), 0
        out = []
        last = 0
        for m in matches:
            out.append(string[last:m[0]])
            if func is not None:
                r = func(_new_match(self, string, 0, _MAXSIZE, m))
                if r is not None:
                    out.append(r)
            elif len(pieces) == 1 and pieces[0].__class__ is not int:
                out.append(pieces[0])
            else:
                for p in pieces:
                    if p.__class__ is int:
                        s = m[2 * p]
                        if s >= 0:
                            out.append(string[s:m[2 * p + 1]])
                    else:
                        out.append(p)
            last = m[1]
        out.append(string[last:])
        empty = "" if not is_bytes else b""
        return empty.join(out), len(matches)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner_iter(self, string, pos, endpos)


def _same_type(string):
    if isinstance(string, bytearray):
        return bytes(string)
    return string


class _mappingproxy(dict):
    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)


def _new_match(pattern, string, pos, endpos, marks):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    n = len(string)
    m.pos = 0 if pos < 0 else (n if pos > n else pos)
    m.endpos = 0 if endpos < 0 else (n if endpos > n else endpos)
    m._m = marks
    return m



def _part(string, start, end):
    """A group's text: a str, or bytes for any bytes-like subject (a bytearray or
    memoryview subject gives bytes, as _sre's getslice does)."""
    if isinstance(string, str):
        # an exact str even for a str subclass subject (whatever its __getitem__)
        return str.__getitem__(string, slice(start, end))
    part = string[start:end]
    if type(part) is bytes:
        return part
    return bytes(part)

class Match:
    """The result of re.match() and re.search()."""

    __module__ = "re"
    __slots__ = ("re", "string", "pos", "endpos", "_m")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
            raise IndexError("no such group")
        try:
            i = g.__index__()
        except (AttributeError, TypeError):
            raise IndexError("no such group")
        if 0 <= i <= self.re.groups:
            return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._m[2 * i]
        if s < 0:
            return default
        return _part(self.string, s, self._m[2 * i + 1])

    def group(self, *groups):
        if not groups:
            m = self._m
            return _part(self.string, m[0], m[1])
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._m[2 * self._index(group)]

    def end(self, group=0):
        return self._m[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._m[2 * i], self._m[2 * i + 1])

    @property
    def regs(self):
        m = self._m
        return tuple((m[2 * i], m[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        li = self._m[-1]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._m[-1]
        if li < 0:
            return None
        for name, i in self.re._groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        pieces = _parse_template(template, self.re)
        empty = "" if isinstance(self.re.pattern, str) else b""
        out = []
        for p in pieces:
            if p.__class__ is int:
                v = self._get(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return empty.join(out)

    def __repr__(self):
        m = self._m
        return "<re.Match object; span=(%d, %d), match=%r>" % (m[0], m[1], _part(self.string, m[0], m[1]))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class _Scanner_iter:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        m = _engine.match(self.pattern._h, self._string, self._pos, self._endpos, mode + (3 if self._must_advance else 0))
        if m is None:
            self._done = True
            return None
        self._must_advance = m[0] == m[1]
        self._pos = m[1]
        return _new_match(self.pattern, self._string, self._pos, self._endpos, m)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# ---- replacement templates -----------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIG = "0123456789"
_template_cache = {}


def _parse_template(repl, pattern):
    if not isinstance(repl, (str, bytes)):
        repl = bytes(repl)  # a bytearray or memoryview template (unhashable) as bytes
    key = (type(repl), repl, pattern.pattern, pattern.flags)
    got = _template_cache.get(key)
    if got is not None:
        return got
    is_bytes = not isinstance(repl, str)
    s = repl.decode("latin-1") if is_bytes else repl
    groups = pattern.groups
    out = []
    lit = []
    i = 0
    n = len(s)

    def err(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            err("bad escape (end of pattern)", start)
        c = s[i]
        i += 1
        if c == "g":
            if i >= n or s[i] != "<":
                err("missing <", i)
            j = s.find(">", i + 1)
            if j < 0:
                if i + 1 >= n:
                    err("missing group name", i + 1)
                err("missing >, unterminated name", i + 1)
            name = s[i + 1:j]
            if not name:
                err("missing group name", i + 1)
            if name.isdecimal() and name.isascii():
                g = int(name)
                if g > groups:
                    err("invalid group reference %d" % g, i + 1)
            elif name.isidentifier():
                if is_bytes and not name.isascii():
                    import warnings
                    warnings.warn("bad character in group name %s at position %d" % (ascii(name), i + 1),
                                  DeprecationWarning, stacklevel=5)
                g = pattern._groupindex.get(name)
                if g is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                # 3.11 still takes what int() reads as a group number ('+1', '1_0',
                # ' 1 '), with a DeprecationWarning pointing at the caller of re.sub
                try:
                    g = int(name)
                except ValueError:
                    g = -1
                if g < 0:
                    err("bad character in group name '%s'" % name, i + 1)
                import warnings
                warnings.warn("bad character in group name %s at position %d"
                              % (ascii(name) if is_bytes else repr(name), i + 1),
                              DeprecationWarning, stacklevel=5)
                if g > groups:
                    err("invalid group reference %d" % g, i + 1)
            _flush(out, lit, is_bytes)
            out.append(g)
            i = j + 1
        elif c == "0":
            j = i
            while j < n and j < i + 2 and s[j] in _OCT:
                j += 1
            lit.append(chr(int(s[i - 1:j], 8)))
            i = j
        elif c in _DIG:
            if i < n and s[i] in _DIG:
                if c in _OCT and s[i] in _OCT and i + 1 < n and s[i + 1] in _OCT:
                    v = int(s[i - 1:i + 2], 8)
                    if v > 0o377:
                        err("octal escape value %s outside of range 0-0o377" % s[start:i + 2], start)
                    lit.append(chr(v))
                    i += 2
                    continue
                g = int(s[i - 1:i + 1])
                i += 1
            else:
                g = int(c)
            if g > groups:
                err("invalid group reference %d" % g, start + 1)
            _flush(out, lit, is_bytes)
            out.append(g)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            err("bad escape %s" % s[start:i], start)
        else:
            lit.append("\\")
            lit.append(c)
    _flush(out, lit, is_bytes)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = out
    return out


def _flush(out, lit, is_bytes):
    if lit:
        t = "".join(lit)
        out.append(t.encode("latin-1") if is_bytes else t)
        lit.clear()


# ---- module-level functions ------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, bytearray):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    flags = _flag_value(flags)
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 256 and flags & 4:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    if flags & 128:
        raise NotImplementedError("re.DEBUG is not supported by pycell")
    h, groups, final_flags, groupindex = _engine.compile(pattern, flags, error)
    # the same checks once the pattern's own (?aLu) flags are in (the engine keeps
    # the inline one, so a conflict shows as an argument flag that was dropped)
    both = flags | final_flags
    if both & 256:
        if isinstance(pattern, str) and both & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not isinstance(pattern, str) and both & 4:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    if isinstance(pattern, str) and not final_flags & 256:
        final_flags |= 32
    p = object.__new__(Pattern)
    p._h = h
    p.pattern = pattern
    p.flags = final_flags
    p.groups = groups
    p._groupindex = groupindex
    if key is not None:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing matches of the pattern with repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub(), but also return the number of substitutions made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | 1)


_SPECIAL = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join([_SPECIAL.get(c, c) for c in pattern])
    s = bytes(pattern).decode("latin-1")
    return "".join([_SPECIAL.get(c, c) for c in s]).encode("latin-1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase if isinstance(phrase, str) else phrase)
        self._actions = [action for _, action in lexicon]
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        n = len(string)
        while True:
            m = self.scanner.match(string, i)
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex - 1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
