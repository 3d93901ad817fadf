"""pickle.Unpickler for pycell: rebuilds objects from a pickle byte stream.

Written from the pickle documentation and the format PEPs; error types and
messages follow CPython 3.11's C unpickler (black-box comparison). Malformed
input raises UnpicklingError, EOFError, ValueError... never loops or crashes.

Layout: the unpickler keeps one value stack and a list of the stack heights
where MARKs were pushed (as the C unpickler does). Each opcode is a small
module-level function `_op_<name>(u)`, registered in `_HANDLERS` by opcode
byte."""

import sys
from struct import unpack as _unpack, unpack_from as _unpack_from
import copyreg
import _pycell_pickle_ops as _op
from _pycell_pickle_save import (UnpicklingError, HIGHEST_PROTOCOL,
                                 _getattribute, _codecs_encode)
import _pycell_pickle_compat as _compat


def decode_long(data):
    """The int that LONG1/LONG4 store as little-endian two's complement."""
    return int.from_bytes(data, 'little', signed=True)


_HEX = frozenset('0123456789abcdefABCDEF')


def _unescape_unicode_line(raw):
    # protocol 0's UNICODE argument: latin-1 bytes with \uXXXX and
    # \UXXXXXXXX escapes (raw-unicode-escape)
    text = raw.decode('latin-1')
    if '\\' not in text:
        return text
    pieces = []
    pos = 0
    while True:
        at = text.find('\\', pos)
        if at < 0 or at + 1 >= len(text):
            pieces.append(text[pos:])
            return ''.join(pieces)
        marker = text[at + 1]
        if marker not in 'uU':
            pieces.append(text[pos:at + 2])
            pos = at + 2
            continue
        width = 4 if marker == 'u' else 8
        digits = text[at + 2:at + 2 + width]
        if len(digits) < width or not _HEX.issuperset(digits):
            raise UnicodeDecodeError('rawunicodeescape', raw, at, at + 2 + len(digits),
                                     'truncated \\%sXXXX%s escape' % (marker, 'XXXX' if width == 8 else ''))
        cp = int(digits, 16)
        if cp > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', raw, at, at + 10,
                                     '\\Uxxxxxxxx out of range')
        pieces.append(text[pos:at])
        pieces.append(chr(cp))
        pos = at + 2 + width


_C_ESCAPES = {'n': 10, 't': 9, 'r': 13, 'a': 7, 'b': 8, 'f': 12, 'v': 11,
              '\\': 92, "'": 39, '"': 34}


def _unescape_str_literal(raw):
    # the body of a quoted Python 2 str (the STRING opcode) as bytes
    text = raw.decode('latin-1')
    out = bytearray()
    pos = 0
    end = len(text)
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch != '\\':
            out.append(ord(ch))
            continue
        if pos == end:
            raise ValueError("Trailing \\ in string")
        ch = text[pos]
        pos += 1
        if ch in _C_ESCAPES:
            out.append(_C_ESCAPES[ch])
        elif ch == '\n':
            pass
        elif ch == 'x':
            digits = text[pos:pos + 2]
            if len(digits) < 2 or not _HEX.issuperset(digits):
                raise ValueError("invalid \\x escape at position %d" % (pos - 2))
            out.append(int(digits, 16))
            pos += 2
        elif '0' <= ch <= '7':
            stop = pos
            while stop < end and stop < pos + 2 and '0' <= text[stop] <= '7':
                stop += 1
            out.append(int(text[pos - 1:stop], 8) & 0xff)
            pos = stop
        else:
            out.append(92)
            out.append(ord(ch))
    return bytes(out)


def _parse_int(raw):
    text = raw.decode('ascii', 'replace')
    for base in (0, 10):
        try:
            return int(text, base)
        except ValueError:
            pass
    raise ValueError("could not convert string to int")


class _Done(Exception):
    """STOP was read."""


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        reader = getattr(file, 'read', None)
        liner = getattr(file, 'readline', None)
        if reader is None or liner is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._src_read = reader
        self._src_line = liner
        self._oob = None if buffers is None else iter(buffers)
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0
        self._frame = b''
        self._fpos = 0
        self._stack = []
        self._marks = []

    # -- input: the current frame first, then the file ----------------------

    def _take(self, n):
        pos = self._fpos
        left = len(self._frame) - pos
        if left:
            if left < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._fpos = pos + n
            return self._frame[pos:pos + n]
        got = self._src_read(n)
        if len(got) != n:
            raise UnpicklingError("pickle data was truncated")
        return got

    def _byte(self):
        pos = self._fpos
        if pos < len(self._frame):
            self._fpos = pos + 1
            return self._frame[pos]
        return self._take(1)[0]

    def _fmt(self, fmt, size):
        pos = self._fpos
        if pos + size <= len(self._frame):
            self._fpos = pos + size
            return _unpack_from(fmt, self._frame, pos)[0]
        return _unpack(fmt, self._take(size))[0]

    def _line(self):
        """One newline-terminated argument, without the newline."""
        pos = self._fpos
        if pos < len(self._frame):
            nl = self._frame.find(b'\n', pos)
            if nl < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._fpos = nl + 1
            return self._frame[pos:nl]
        got = self._src_line()
        if got[-1:] != b'\n':
            raise UnpicklingError("pickle data was truncated")
        return got[:-1]

    def _next_opcode(self):
        pos = self._fpos
        if pos < len(self._frame):
            self._fpos = pos + 1
            return self._frame[pos]
        got = self._src_read(1)
        if not got:
            raise EOFError("Ran out of input")
        return got[0]

    # -- the stack and its marks ---------------------------------------------

    def _fence(self):
        return self._marks[-1] if self._marks else 0

    def _underflow(self):
        if self._marks:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if len(self._stack) <= self._fence():
            self._underflow()
        return self._stack.pop()

    def _peek(self):
        if len(self._stack) <= self._fence():
            self._underflow()
        return self._stack[-1]

    def _pop_to_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    # backwards-compatible names some subclasses use
    def pop_mark(self):
        return self._pop_to_mark()

    @property
    def stack(self):
        return self._stack

    # -- public API -----------------------------------------------------------

    def load(self):
        """Read a pickled object representation from the open file."""
        if getattr(self, '_src_read', None) is None:
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (type(self).__name__,))
        self._stack = []
        self._marks = []
        self._frame = b''
        self._fpos = 0
        self.proto = 0
        handlers = _HANDLERS
        opcode = self._next_opcode
        try:
            while True:
                code = opcode()
                handler = handlers[code]
                if handler is None:
                    _bad_opcode(code)
                handler(self)
        except _Done:
            pass
        return self._pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.fix_imports and self.proto < 3:
            mapped = _compat.NAME_MAPPING.get((module, name))
            if mapped is not None:
                module, name = mapped
            else:
                module = _compat.IMPORT_MAPPING.get(module, module)
        if module == '_codecs' and name == 'encode':
            _codecs_encode()
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto > 3:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def _text(self, raw):
        # a Python 2 str: bytes when asked, else decoded as told
        if self.encoding == 'bytes':
            return raw
        return raw.decode(self.encoding, self.errors)

    def _memo_push(self, index):
        value = self.memo.get(index, _MISSING)
        if value is _MISSING:
            raise UnpicklingError("Memo value not found at index %d" % index)
        self._stack.append(value)

    def _extension(self, code):
        known = copyreg._extension_cache.get(code, _MISSING)
        if known is _MISSING:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            known = self.find_class(*key)
            copyreg._extension_cache[code] = known
        self._stack.append(known)


_MISSING = object()


def _bad_opcode(code):
    shown = chr(code) if 0x20 <= code < 0x7f and chr(code) not in "'\\" else '\\x%02x' % code
    raise UnpicklingError("invalid load key, '%s'." % shown)


_HANDLERS = [None] * 256


def _handles(*opcodes):
    def register(f):
        for opcode in opcodes:
            _HANDLERS[opcode[0]] = f
        return f
    return register


# -- structure ----------------------------------------------------------------

@_handles(_op.PROTO)
def _op_proto(u):
    version = u._byte()
    if version > HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % version)
    u.proto = version


@_handles(_op.FRAME)
def _op_frame(u):
    size = u._fmt('<Q', 8)
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    if u._fpos < len(u._frame):
        raise UnpicklingError("beginning of a new frame before end of current frame")
    data = u._src_read(size)
    if len(data) != size:
        raise UnpicklingError("pickle data was truncated")
    u._frame = bytes(data)
    u._fpos = 0


@_handles(_op.STOP)
def _op_stop(u):
    raise _Done


@_handles(_op.MARK)
def _op_mark(u):
    u._marks.append(len(u._stack))


@_handles(_op.POP)
def _op_pop(u):
    if len(u._stack) > u._fence():
        u._stack.pop()
    elif u._marks:
        u._pop_to_mark()
    else:
        u._underflow()


@_handles(_op.POP_MARK)
def _op_pop_mark(u):
    u._pop_to_mark()


@_handles(_op.DUP)
def _op_dup(u):
    u._stack.append(u._peek())


# -- memo -----------------------------------------------------------------------

@_handles(_op.GET)
def _op_get(u):
    u._memo_push(_parse_int(u._line()))


@_handles(_op.BINGET)
def _op_binget(u):
    u._memo_push(u._byte())


@_handles(_op.LONG_BINGET)
def _op_long_binget(u):
    u._memo_push(u._fmt('<I', 4))


def _store(u, index):
    u.memo[index] = u._peek()


@_handles(_op.PUT)
def _op_put(u):
    index = _parse_int(u._line())
    top = u._peek()
    if index < 0:
        raise ValueError("negative PUT argument")
    u.memo[index] = top


@_handles(_op.BINPUT)
def _op_binput(u):
    _store(u, u._byte())


@_handles(_op.LONG_BINPUT)
def _op_long_binput(u):
    _store(u, u._fmt('<I', 4))


@_handles(_op.MEMOIZE)
def _op_memoize(u):
    _store(u, len(u.memo))


# -- atoms ----------------------------------------------------------------------

@_handles(_op.NONE)
def _op_none(u):
    u._stack.append(None)


@_handles(_op.NEWTRUE)
def _op_true(u):
    u._stack.append(True)


@_handles(_op.NEWFALSE)
def _op_false(u):
    u._stack.append(False)


@_handles(_op.INT)
def _op_int(u):
    raw = u._line()
    # protocol 0 spells booleans as I01 / I00
    u._stack.append(True if raw == b'01' else False if raw == b'00' else _parse_int(raw))


@_handles(_op.BININT1)
def _op_binint1(u):
    u._stack.append(u._byte())


@_handles(_op.BININT2)
def _op_binint2(u):
    u._stack.append(u._fmt('<H', 2))


@_handles(_op.BININT)
def _op_binint(u):
    u._stack.append(u._fmt('<i', 4))


@_handles(_op.LONG)
def _op_long(u):
    raw = u._line()
    u._stack.append(_parse_int(raw[:-1] if raw.endswith(b'L') else raw))


@_handles(_op.LONG1)
def _op_long1(u):
    u._stack.append(decode_long(u._take(u._byte())))


@_handles(_op.LONG4)
def _op_long4(u):
    size = u._fmt('<i', 4)
    if size < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._stack.append(decode_long(u._take(size)))


@_handles(_op.FLOAT)
def _op_float(u):
    u._stack.append(float(u._line().decode('ascii')))


@_handles(_op.BINFLOAT)
def _op_binfloat(u):
    u._stack.append(u._fmt('>d', 8))


def _sized(u, fmt, width, limit_name=None):
    size = u._fmt(fmt, width)
    if limit_name is not None and size > sys.maxsize:
        raise UnpicklingError("%s exceeds system's maximum size of %d bytes"
                              % (limit_name, sys.maxsize))
    return u._take(size)


@_handles(_op.STRING)
def _op_string(u):
    raw = u._line()
    if len(raw) < 2 or raw[0] != raw[-1] or raw[:1] not in (b'"', b"'"):
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._stack.append(u._text(_unescape_str_literal(raw[1:-1])))


@_handles(_op.BINSTRING)
def _op_binstring(u):
    u._stack.append(u._text(_sized(u, '<I', 4)))


@_handles(_op.SHORT_BINSTRING)
def _op_short_binstring(u):
    u._stack.append(u._text(u._take(u._byte())))


@_handles(_op.SHORT_BINBYTES)
def _op_short_binbytes(u):
    u._stack.append(bytes(u._take(u._byte())))


@_handles(_op.BINBYTES)
def _op_binbytes(u):
    u._stack.append(bytes(_sized(u, '<I', 4)))


@_handles(_op.BINBYTES8)
def _op_binbytes8(u):
    u._stack.append(bytes(_sized(u, '<Q', 8, 'BINBYTES8')))


@_handles(_op.BYTEARRAY8)
def _op_bytearray8(u):
    u._stack.append(bytearray(_sized(u, '<Q', 8, 'BYTEARRAY8')))


def _utf8(raw):
    return raw.decode('utf-8', 'surrogatepass')


@_handles(_op.UNICODE)
def _op_unicode(u):
    u._stack.append(_unescape_unicode_line(u._line()))


@_handles(_op.SHORT_BINUNICODE)
def _op_short_binunicode(u):
    u._stack.append(_utf8(u._take(u._byte())))


@_handles(_op.BINUNICODE)
def _op_binunicode(u):
    u._stack.append(_utf8(_sized(u, '<I', 4)))


@_handles(_op.BINUNICODE8)
def _op_binunicode8(u):
    u._stack.append(_utf8(_sized(u, '<Q', 8, 'BINUNICODE8')))


@_handles(_op.NEXT_BUFFER)
def _op_next_buffer(u):
    if u._oob is None:
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")
    buf = next(u._oob, _MISSING)
    if buf is _MISSING:
        raise UnpicklingError("not enough out-of-band buffers")
    u._stack.append(buf)


@_handles(_op.READONLY_BUFFER)
def _op_readonly_buffer(u):
    view = memoryview(u._peek())
    if not view.readonly:
        u._stack[-1] = view.toreadonly()


# -- containers -----------------------------------------------------------------

@_handles(_op.EMPTY_TUPLE)
def _op_empty_tuple(u):
    u._stack.append(())


@_handles(_op.TUPLE)
def _op_tuple(u):
    u._stack.append(tuple(u._pop_to_mark()))


def _small_tuple(n):
    def build(u):
        if len(u._stack) - u._fence() < n:
            u._underflow()
        items = tuple(u._stack[-n:])
        del u._stack[-n:]
        u._stack.append(items)
    return build


_HANDLERS[_op.TUPLE1[0]] = _small_tuple(1)
_HANDLERS[_op.TUPLE2[0]] = _small_tuple(2)
_HANDLERS[_op.TUPLE3[0]] = _small_tuple(3)


@_handles(_op.EMPTY_LIST)
def _op_empty_list(u):
    u._stack.append([])


@_handles(_op.LIST)
def _op_list(u):
    u._stack.append(u._pop_to_mark())


@_handles(_op.EMPTY_DICT)
def _op_empty_dict(u):
    u._stack.append({})


def _pairs_into(target, flat, opname):
    if len(flat) % 2:
        raise UnpicklingError("odd number of items for %s" % opname)
    for at in range(0, len(flat), 2):
        target[flat[at]] = flat[at + 1]


@_handles(_op.DICT)
def _op_dict(u):
    fresh = {}
    _pairs_into(fresh, u._pop_to_mark(), 'DICT')
    u._stack.append(fresh)


@_handles(_op.EMPTY_SET)
def _op_empty_set(u):
    u._stack.append(set())


@_handles(_op.FROZENSET)
def _op_frozenset(u):
    u._stack.append(frozenset(u._pop_to_mark()))


@_handles(_op.APPEND)
def _op_append(u):
    item = u._pop()
    u._peek().append(item)


@_handles(_op.APPENDS)
def _op_appends(u):
    items = u._pop_to_mark()
    target = u._peek()
    if type(target) is list:
        target += items
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        for item in items:
            target.append(item)


@_handles(_op.SETITEM)
def _op_setitem(u):
    value = u._pop()
    key = u._pop()
    u._peek()[key] = value


@_handles(_op.SETITEMS)
def _op_setitems(u):
    flat = u._pop_to_mark()
    _pairs_into(u._peek(), flat, 'SETITEMS')


@_handles(_op.ADDITEMS)
def _op_additems(u):
    items = u._pop_to_mark()
    target = u._peek()
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


# -- globals and objects -------------------------------------------------------

@_handles(_op.GLOBAL)
def _op_global(u):
    modname = u._line().decode('utf-8')
    qualname = u._line().decode('utf-8')
    u._stack.append(u.find_class(modname, qualname))


@_handles(_op.STACK_GLOBAL)
def _op_stack_global(u):
    qualname = u._pop()
    modname = u._pop()
    if type(qualname) is not str or type(modname) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._stack.append(u.find_class(modname, qualname))


@_handles(_op.EXT1)
def _op_ext1(u):
    u._extension(u._byte())


@_handles(_op.EXT2)
def _op_ext2(u):
    u._extension(u._fmt('<H', 2))


@_handles(_op.EXT4)
def _op_ext4(u):
    u._extension(u._fmt('<i', 4))


@_handles(_op.REDUCE)
def _op_reduce(u):
    args = u._pop()
    func = u._peek()
    if not isinstance(args, tuple):
        raise UnpicklingError("REDUCE args argument must be a tuple, not %s"
                              % type(args).__name__)
    u._stack[-1] = func(*args)


def _make_instance(u, cls, args):
    # INST / OBJ (protocols 0 and 1): call the class, except that a class
    # with no arguments and no __getinitargs__ is made without __init__
    if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
        try:
            made = cls(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s" % (cls.__name__, err),
                            err.__traceback__)
    else:
        made = cls.__new__(cls)
    u._stack.append(made)


@_handles(_op.INST)
def _op_inst(u):
    modname = u._line().decode('ascii')
    qualname = u._line().decode('ascii')
    cls = u.find_class(modname, qualname)
    _make_instance(u, cls, u._pop_to_mark())


@_handles(_op.OBJ)
def _op_obj(u):
    items = u._pop_to_mark()
    if not items:
        u._underflow()
    _make_instance(u, items[0], items[1:])


@_handles(_op.NEWOBJ)
def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                              % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                              % type(args).__name__)
    u._stack.append(cls.__new__(cls, *args))


@_handles(_op.NEWOBJ_EX)
def _op_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                              % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                              % type(args).__name__)
    if not isinstance(kwargs, dict):
        raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                              % type(kwargs).__name__)
    u._stack.append(cls.__new__(cls, *args, **kwargs))


@_handles(_op.BUILD)
def _op_build(u):
    state = u._pop()
    target = u._peek()
    setter = getattr(target, '__setstate__', None)
    if setter is not None:
        setter(state)
        return
    # default: (dict state, slot state) or just the dict state
    slots = None
    if type(state) is tuple and len(state) == 2:
        state, slots = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        namespace = target.__dict__
        for key in state:
            namespace[sys.intern(key) if type(key) is str else key] = state[key]
    if slots:
        if not isinstance(slots, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for key in slots:
            setattr(target, key, slots[key])


@_handles(_op.PERSID)
def _op_persid(u):
    try:
        pid = u._line().decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u._stack.append(u.persistent_load(pid))


@_handles(_op.BINPERSID)
def _op_binpersid(u):
    pid = u._pop()
    u._stack.append(u.persistent_load(pid))
