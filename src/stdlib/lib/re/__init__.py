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


# ---- Pattern, Match ----------------------------------------------------------
# Both are native (src/stdlib/re/objects.ts): their methods run the engine directly.

Pattern = _engine.Pattern
Match = _engine.Match


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
                                  DeprecationWarning, stacklevel=4)
                g = pattern.groupindex.get(name)
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
                              DeprecationWarning, stacklevel=4)
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


def _template(repl, pattern):
    """The pieces of a replacement template for Pattern.sub and Match.expand."""
    if not isinstance(repl, (str, bytes, bytearray, memoryview)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    if isinstance(repl, bytearray) and b"\\" in repl:
        # CPython uses a template without a backslash as is and caches the parsed
        # others by the template itself
        raise TypeError("unhashable type: 'bytearray'")
    return _parse_template(repl, pattern)


def _flush(out, lit, is_bytes):
    if lit:
        t = "".join(lit)
        out.append(t.encode("latin-1") if is_bytes else t)
        lit.clear()


# ---- module-level functions ------------------------------------------------------

def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    elif not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)
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
    p = _engine.compile(pattern, flags, error)
    # the same checks once the pattern's own (?aLu) flags are in (the engine keeps
    # the inline one, so a conflict shows as an argument flag that was dropped)
    both = flags | p.flags
    if both & 256:
        if isinstance(pattern, str) and both & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not isinstance(pattern, str) and both & 4:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return p


# a str pattern's Pattern comes from the engine's cache; others from _compile
_lookup = _engine.lookup
_engine.setup(error, _compile, _template)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _lookup(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _lookup(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _lookup(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _lookup(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing matches of the pattern with repl."
    return _lookup(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub(), but also return the number of substitutions made."
    return _lookup(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _lookup(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _lookup(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _lookup(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _engine.purge()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | 1)


def escape(pattern):
    "Escape special characters in a string."
    return _engine.escape(pattern)


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
