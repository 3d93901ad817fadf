"""pickle.Pickler for pycell: turns objects into the pickle byte stream.

Written from the pickle documentation, the format PEPs (307, 3154, 574) and
black-box comparison with CPython 3.11, whose C pickler pycell matches byte for
byte: the same opcode per value and protocol, the same memo numbering and the
same 64 KiB frames for protocol 4 and up.

Layout: `_Output` owns the bytes (and the frames); one encoder function per
built-in type (`_ENCODERS`, keyed by exact type) writes that type's opcodes;
`Pickler._dispatch_object` decides how any other object is reduced."""

import sys
from struct import pack as _pack
import copyreg
import _pycell_pickle_ops as _op
import _pycell_pickle_compat as _compat

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_FRAME_TARGET = 0x10000     # frames close once they hold 64 KiB
_FRAME_MIN = 4              # shorter frames are written without FRAME
_BATCH = 1000               # items per APPENDS / SETITEMS / ADDITEMS
_I32_MIN, _I32_MAX = -(1 << 31), (1 << 31) - 1


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation."""


def encode_long(x):
    """x as little-endian two's complement in as few bytes as possible (b''
    for 0): the payload of LONG1/LONG4."""
    if not x:
        return b''
    size = x.bit_length() // 8 + 1
    raw = x.to_bytes(size, 'little', signed=True)
    # a negative number may carry one 0xff byte too many
    if x < 0 and size > 1 and raw[-1] == 0xff and raw[-2] >= 0x80:
        raw = raw[:-1]
    return raw


def _escape_unicode_line(text):
    # protocol 0's UNICODE argument (raw-unicode-escape, plus escapes for the
    # characters that would end the line or be misread)
    parts = []
    for ch in text:
        cp = ord(ch)
        if cp > 0xffff:
            parts.append(b'\\U%08x' % cp)
        elif cp > 0xff or ch in '\\\x00\n\r\x1a':
            parts.append(b'\\u%04x' % cp)
        else:
            parts.append(bytes((cp,)))
    return b''.join(parts)


def _getattribute(obj, name):
    """Follow a dotted qualified name from obj: (the object, its parent)."""
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        parent, obj = obj, getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    declared = getattr(obj, '__module__', None)
    if type(declared) is str:
        return declared
    return _search_modules(obj, name) or '__main__'


def _search_modules(obj, name):
    for modname, mod in list(sys.modules.items()):
        if mod is None or modname in ('__main__', '__mp_main__'):
            continue
        try:
            found = _getattribute(mod, name)[0]
        except AttributeError:
            continue
        if found is obj:
            return modname
    return None


class _Output:
    """The pickle's bytes on their way to file.write. With framing on
    (protocol 4+), opcodes collect in `frame` and go out as one FRAME when an
    object completes with 64 KiB or more gathered, and at the end."""

    def __init__(self, sink):
        self.sink = sink
        self.frame = None

    def emit(self, data):
        if self.frame is None:
            self.sink(data)
        else:
            self.frame += data

    def begin_frames(self):
        self.frame = bytearray()

    def end_frames(self):
        if self.frame is not None:
            self.flush_frame()
            self.frame = None

    def boundary(self):
        # called after each object: the only places a frame may end
        if self.frame is not None and len(self.frame) >= _FRAME_TARGET:
            self.flush_frame()

    def flush_frame(self):
        data = self.frame
        if data:
            if len(data) >= _FRAME_MIN:
                self.sink(_op.FRAME + _pack("<Q", len(data)))
            self.sink(bytes(data))
        self.frame = bytearray()

    def emit_big(self, header, payload):
        # a payload of a frame's size goes straight out, between frames
        if self.frame is not None:
            self.flush_frame()
        self.sink(header)
        self.sink(bytes(payload))


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    protocol = int(protocol)
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        proto = _check_protocol(protocol)
        if proto < 5 and buffer_callback is not None:
            raise ValueError("buffer_callback needs protocol >= 5")
        sink = getattr(file, 'write', None)
        if sink is None:
            raise TypeError("file must have a 'write' attribute")
        self._out = _Output(sink)
        self._emit = self._out.emit
        self._buffers_to = buffer_callback
        self.proto = proto
        self.bin = proto > 0
        self.fix_imports = bool(fix_imports) and proto < 3
        self.fast = 0
        self.memo = {}

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if getattr(self, '_out', None) is None:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (type(self).__name__,))
        out = self._out
        self._prepare_hooks()
        if self.proto > 1:
            out.emit(_op.PROTO + bytes((self.proto,)))
            if self.proto > 3:
                out.begin_frames()
        self.save(obj)
        out.emit(_op.STOP)
        out.end_frames()

    def _prepare_hooks(self):
        # the optional hooks are looked up once per dump(), not per object
        pid = getattr(self, 'persistent_id', None)
        if getattr(pid, '__func__', None) is Pickler.persistent_id:
            pid = None
        self._pid_hook = pid
        self._override_hook = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._table = copyreg.dispatch_table if table is None else table

    def persistent_id(self, obj):
        return None

    # -- the memo ---------------------------------------------------------------

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = (index, obj)
        if self.proto > 3:
            self._emit(_op.MEMOIZE)
        elif not self.bin:
            self._emit(b'p' + repr(index).encode('ascii') + b'\n')
        elif index < 0x100:
            self._emit(_op.BINPUT + bytes((index,)))
        else:
            self._emit(_op.LONG_BINPUT + _pack("<I", index))

    def _memo_ref(self, index):
        if not self.bin:
            return b'g' + repr(index).encode('ascii') + b'\n'
        if index < 0x100:
            return _op.BINGET + bytes((index,))
        return _op.LONG_BINGET + _pack("<I", index)

    def _already(self, obj):
        """The GET for obj when it is in the memo, else None."""
        entry = self.memo.get(id(obj))
        return None if entry is None else self._memo_ref(entry[0])

    # -- any object -------------------------------------------------------------

    _pid_hook = _override_hook = None
    _table = copyreg.dispatch_table

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._pid_hook is not None:
            pid = self._pid_hook(obj)
            if pid is not None:
                self._save_pid(pid)
                self._out.boundary()
                return
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._emit(self._memo_ref(entry[0]))
        else:
            kind = type(obj)
            encoder = _ENCODERS.get(kind)
            if encoder is not None and (self._override_hook is None or kind in _PLAIN_TYPES):
                encoder(self, obj)
            else:
                self._dispatch_object(obj, kind)
        # the only places a frame may end: after a complete object
        frame = self._out.frame
        if frame is not None and len(frame) >= _FRAME_TARGET:
            self._out.flush_frame()

    def _dispatch_object(self, obj, kind):
        reduced = NotImplemented
        override = self._override_hook
        if override is not None and kind not in _PLAIN_TYPES:
            reduced = override(obj)
        if reduced is NotImplemented:
            encoder = _ENCODERS.get(kind)
            if encoder is not None:
                encoder(self, obj)
                return
            reducer = self._table.get(kind)
            if reducer is not None:
                reduced = reducer(obj)
            elif issubclass(kind, type):
                self.save_global(obj)
                return
            else:
                reduced = self._reduce_any(obj, kind)
        if type(reduced) is str:
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if len(reduced) < 2 or len(reduced) > 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*reduced, obj=obj)

    def _reduce_any(self, obj, kind):
        method = getattr(obj, '__reduce_ex__', None)
        if method is not None:
            return method(self.proto)
        method = getattr(obj, '__reduce__', None)
        if method is not None:
            return method()
        raise PicklingError("Can't pickle %r object: %r" % (kind.__name__, obj))

    def _save_pid(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._emit(_op.BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be "
                                "ASCII strings") from None
        self._emit(_op.PERSID + text + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        emit = self._emit
        fname = getattr(func, '__name__', '') if self.proto > 1 else ''
        if fname == '__newobj_ex__':
            self._newobj_ex(args, obj)
        elif fname == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            self._check_new_class(args[0], obj, "args[0] from __newobj__ args has no __new__",
                                  "args[0] from __newobj__ args has the wrong class")
            self.save(args[0])
            self.save(args[1:])
            emit(_op.NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            emit(_op.REDUCE)

        if obj is not None:
            ref = self._already(obj)
            if ref is None:
                self.memoize(obj)
            else:
                # the arguments referred back to obj: use that copy
                emit(_op.POP + ref)
        if listitems is not None:
            self._append_items(listitems)
        if dictitems is not None:
            self._set_items(dictitems)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            emit(_op.BUILD)
        else:
            # state_setter(obj, state), result discarded
            self.save(state_setter)
            self.save(obj)
            self.save(state)
            emit(_op.TUPLE2 + _op.REDUCE + _op.POP)

    @staticmethod
    def _check_new_class(cls, obj, no_new, wrong):
        if not hasattr(cls, '__new__'):
            raise PicklingError(no_new)
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError(wrong)

    def _newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                "must be exactly 3, not %d" % len(args))
        cls, posargs, kwargs = args
        self._check_new_class(cls, obj, "first item from NEWOBJ_EX argument tuple must be a class",
                              "first item from NEWOBJ_EX argument tuple must be the class of the object")
        if not isinstance(posargs, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple "
                                "must be a tuple, not %s" % type(posargs).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple "
                                "must be a dict, not %s" % type(kwargs).__name__)
        if self.proto > 3:
            for part in (cls, posargs, kwargs):
                self.save(part)
            self._emit(_op.NEWOBJ_EX)
            return
        # protocols 2 and 3 have no keyword form: a partial of cls.__new__
        from functools import partial
        self.save(partial(cls.__new__, cls, *posargs, **kwargs))
        self.save(())
        self._emit(_op.REDUCE)

    # -- items of lists, dicts and sets, in batches -----------------------------

    def _append_items(self, items):
        # an iterator of list items (from __reduce__): a lone item of a batch
        # goes with APPEND, more with MARK ... APPENDS
        self._batched(iter(items), _op.APPEND, _op.APPENDS, self.save)

    def _set_items(self, items):
        self._batched(iter(items), _op.SETITEM, _op.SETITEMS, self._save_pair)

    def _save_pair(self, pair):
        key, value = pair
        self.save(key)
        self.save(value)

    def _batched(self, it, one_op, many_op, save_one):
        emit = self._emit
        if not self.bin:
            for item in it:
                save_one(item)
                emit(one_op)
            return
        while True:
            chunk = _take(it, _BATCH)
            if len(chunk) == 1:
                save_one(chunk[0])
                emit(one_op)
            elif chunk:
                emit(_op.MARK)
                for item in chunk:
                    save_one(item)
                emit(many_op)
            if len(chunk) < _BATCH:
                return

    def _exact_batches(self, seq, many_op, save_one):
        # a real list or dict: every batch is MARK ... APPENDS/SETITEMS
        emit = self._emit
        for start in range(0, len(seq), _BATCH):
            emit(_op.MARK)
            for item in seq[start:start + _BATCH]:
                save_one(item)
            emit(many_op)

    # -- globals ----------------------------------------------------------------

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        modname = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            __import__(modname, level=0)
            module = sys.modules[modname]
        except Exception:
            # pycell's built-in modules written in TypeScript may name a C
            # module they stand in for (operator.add.__module__ == '_operator'):
            # the module actually holding the object will do
            found_in = _search_modules(obj, name)
            if found_in is None:
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, modname)) from None
            modname = found_in
            module = sys.modules[modname]
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, modname)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, modname, name))
        emit = self._emit
        if self.proto > 1:
            code = copyreg._extension_registry.get((modname, name))
            if code:
                emit(_extension_opcode(code))
                return
        attr = name.rpartition('.')[2]
        nested = parent is not module
        if self.proto > 3:
            self._save_name(modname, ('module of builtin', modname)
                            if type(obj) is _BUILTIN_FUNCTION else None)
            self._save_name(attr if not nested else name,
                            _FRESH if isinstance(obj, type) and not obj.__flags__ & _HEAPTYPE
                            else None)
            emit(_op.STACK_GLOBAL)
        elif nested:
            # before protocol 4 a nested name is getattr(parent, attr)
            self.save_reduce(getattr, (parent, attr))
        else:
            emit(self._global_line(modname, attr))
        self.memoize(obj)

    def _save_name(self, text, key):
        """Save a module or qualified name of STACK_GLOBAL. pycell's equal
        strings are one object, CPython's are not always: the memo sees the
        module name of a built-in function as its own string (its m_module),
        and the name of a built-in type as a new string each time (made from
        tp_name), so the same memo references come out as in CPython."""
        if key is None:
            self.save(text)
            return
        if key is not _FRESH:
            entry = self.memo.get(key)
            if entry is not None:
                self._emit(self._memo_ref(entry[0]))
                return
        else:
            key = object()
        _enc_str_unmemoized(self, text)
        index = len(self.memo)
        self.memo[key] = (index, text)
        self._emit(_op.MEMOIZE)

    def _global_line(self, modname, attr):
        if self.proto > 2:
            return b'c' + modname.encode('utf-8') + b'\n' + attr.encode('utf-8') + b'\n'
        if self.fix_imports:
            renamed = _compat.REVERSE_NAME_MAPPING.get((modname, attr))
            if renamed is not None:
                modname, attr = renamed
            else:
                modname = _compat.REVERSE_IMPORT_MAPPING.get(modname, modname)
        try:
            return b'c' + modname.encode('ascii') + b'\n' + attr.encode('ascii') + b'\n'
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using "
                                "pickle protocol %i" % (modname, attr, self.proto)) from None


def _take(it, n):
    chunk = []
    for item in it:
        chunk.append(item)
        if len(chunk) == n:
            break
    return chunk


def _extension_opcode(code):
    if code < 0x100:
        return _op.EXT1 + bytes((code,))
    if code < 0x10000:
        return _op.EXT2 + _pack("<H", code)
    return _op.EXT4 + _pack("<i", code)


# -- one encoder per built-in type -----------------------------------------------

def _enc_none(p, obj):
    p._emit(_op.NONE)


def _enc_bool(p, obj):
    if p.proto > 1:
        p._emit(_op.NEWTRUE if obj else _op.NEWFALSE)
    else:
        p._emit(b'I01\n' if obj else b'I00\n')


def _enc_int(p, obj):
    emit = p._emit
    if p.bin and _I32_MIN <= obj <= _I32_MAX:
        if 0 <= obj < 0x100:
            emit(_op.BININT1 + bytes((obj,)))
        elif 0 <= obj < 0x10000:
            emit(_op.BININT2 + _pack("<H", obj))
        else:
            emit(_op.BININT + _pack("<i", obj))
    elif p.proto > 1:
        body = encode_long(obj)
        if len(body) < 0x100:
            emit(_op.LONG1 + bytes((len(body),)) + body)
        else:
            emit(_op.LONG4 + _pack("<i", len(body)) + body)
    elif _I32_MIN <= obj <= _I32_MAX:
        emit(b'I' + repr(obj).encode('ascii') + b'\n')
    else:
        emit(b'L' + repr(obj).encode('ascii') + b'L\n')


def _enc_float(p, obj):
    if p.bin:
        p._emit(_op.BINFLOAT + _pack('>d', obj))
    else:
        p._emit(b'F' + repr(obj).encode('ascii') + b'\n')


def _counted(p, data, short_op, op4, op8):
    """A length-prefixed payload: 1-byte length (short_op, when given), 4-byte
    (op4) or 8-byte (op8, protocol 4+); a payload of a frame's size or more is
    written outside the frames."""
    size = len(data)
    if short_op is not None and size < 0x100:
        p._emit(short_op + bytes((size,)) + bytes(data))
        return
    if op8 is not None and (size > 0xffffffff or op4 is None):
        header = op8 + _pack("<Q", size)
    else:
        header = op4 + _pack("<I", size)
    if size >= _FRAME_TARGET:
        p._out.emit_big(header, data)
    else:
        p._emit(header + bytes(data))


def _enc_bytes(p, obj):
    if p.proto < 3:
        # Python 2 had no bytes type: rebuild from latin-1 text
        if obj:
            p.save_reduce(_codecs_encode(), (obj.decode('latin-1'), 'latin1'), obj=obj)
        else:
            p.save_reduce(bytes, (), obj=obj)
        return
    _counted(p, obj, _op.SHORT_BINBYTES, _op.BINBYTES,
             _op.BINBYTES8 if p.proto > 3 else None)
    p.memoize(obj)


def _enc_bytearray(p, obj):
    if p.proto < 5:
        p.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        return
    _counted(p, obj, None, None, _op.BYTEARRAY8)
    p.memoize(obj)


_BUILTIN_FUNCTION = type(len)
_HEAPTYPE = 1 << 9
_FRESH = object()


def _enc_str_unmemoized(p, obj):
    data = obj.encode('utf-8', 'surrogatepass')
    _counted(p, data, _op.SHORT_BINUNICODE, _op.BINUNICODE, _op.BINUNICODE8)


def _enc_str(p, obj):
    if not p.bin:
        p._emit(_op.UNICODE + _escape_unicode_line(obj) + b'\n')
    else:
        data = obj.encode('utf-8', 'surrogatepass')
        if p.proto > 3:
            _counted(p, data, _op.SHORT_BINUNICODE, _op.BINUNICODE, _op.BINUNICODE8)
        else:
            _counted(p, data, None, _op.BINUNICODE, None)
    p.memoize(obj)


def _enc_tuple(p, obj):
    emit = p._emit
    size = len(obj)
    if not size:
        emit(_op.EMPTY_TUPLE if p.bin else _op.MARK + _op.TUPLE)
        return
    short = size < 4 and p.proto > 1
    if not short:
        emit(_op.MARK)
    for item in obj:
        p.save(item)
    ref = p._already(obj)
    if ref is not None:
        # the tuple was reached again through its own items and pickled
        # there: drop the items, use the memoized copy
        if short:
            emit(_op.POP * size + ref)
        elif p.bin:
            emit(_op.POP_MARK + ref)
        else:
            emit(_op.POP * (size + 1) + ref)
        return
    emit((_op.TUPLE1, _op.TUPLE2, _op.TUPLE3)[size - 1] if short else _op.TUPLE)
    p.memoize(obj)


def _enc_list(p, obj):
    p._emit(_op.EMPTY_LIST if p.bin else _op.MARK + _op.LIST)
    p.memoize(obj)
    if p.bin and len(obj) > 1:
        p._exact_batches(obj, _op.APPENDS, p.save)
    else:
        p._append_items(obj)


def _enc_dict(p, obj):
    p._emit(_op.EMPTY_DICT if p.bin else _op.MARK + _op.DICT)
    p.memoize(obj)
    if p.bin and len(obj) > 1:
        p._exact_batches(list(obj.items()), _op.SETITEMS, p._save_pair)
        if len(obj) % _BATCH == 0:
            # CPython's dict batching stops after a batch shorter than 1000,
            # which is an empty one when the size is a multiple of 1000
            p._emit(_op.MARK + _op.SETITEMS)
    else:
        p._set_items(obj.items())


def _enc_set(p, obj):
    if p.proto < 4:
        p.save_reduce(set, (list(obj),), obj=obj)
        return
    p._emit(_op.EMPTY_SET)
    p.memoize(obj)
    items = list(obj)
    for start in range(0, len(items), _BATCH):
        p._emit(_op.MARK)
        for item in items[start:start + _BATCH]:
            p.save(item)
        p._emit(_op.ADDITEMS)
    if items and len(items) % _BATCH == 0:
        p._emit(_op.MARK + _op.ADDITEMS)     # as for dicts


def _enc_frozenset(p, obj):
    if p.proto < 4:
        p.save_reduce(frozenset, (list(obj),), obj=obj)
        return
    p._emit(_op.MARK)
    for item in obj:
        p.save(item)
    ref = p._already(obj)
    if ref is not None:
        p._emit(_op.POP_MARK + ref)
        return
    p._emit(_op.FROZENSET)
    p.memoize(obj)


# the types of the three singletons are pickled as type(singleton)
_SINGLETON_TYPES = {type(None): None, type(NotImplemented): NotImplemented,
                    type(...): ...}


def _enc_type(p, obj):
    if obj in _SINGLETON_TYPES:
        p.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
    else:
        p.save_global(obj)


def _enc_global(p, obj):
    p.save_global(obj)


def _enc_picklebuffer(p, obj):
    if p.proto < 5:
        raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
    view = obj.raw()
    in_band = True
    if p._buffers_to is not None:
        in_band = bool(p._buffers_to(obj))
    if not in_band:
        p._emit(_op.NEXT_BUFFER + (_op.READONLY_BUFFER if view.readonly else b''))
        return
    if view.readonly:
        _counted(p, view.tobytes(), _op.SHORT_BINBYTES, _op.BINBYTES, _op.BINBYTES8)
    else:
        _counted(p, view.tobytes(), None, None, _op.BYTEARRAY8)
    # in band, the buffer is memoized like the bytes it became
    p.memoize(obj)


_ENCODERS = {
    type(None): _enc_none, bool: _enc_bool, int: _enc_int, float: _enc_float,
    bytes: _enc_bytes, bytearray: _enc_bytearray, str: _enc_str,
    tuple: _enc_tuple, list: _enc_list, dict: _enc_dict, set: _enc_set,
    frozenset: _enc_frozenset, type: _enc_type,
    type(_enc_type): _enc_global,       # functions
    # built-in functions go through their __reduce__ (a name, or getattr of
    # an owner for methods of built-in types)
}

# exact types CPython's C pickler saves without asking reducer_override
_PLAIN_TYPES = frozenset({type(None), bool, int, float, bytes, str, dict,
                          set, frozenset, list, tuple})


def _codecs_encode():
    """_codecs.encode: CPython pickles bytes for protocols < 3 as
    _codecs.encode(text, 'latin1'). pycell has no _codecs module yet, so a
    minimal one holding encode() is registered for pickles to name."""
    existing = sys.modules.get('_codecs')
    if existing is None:
        try:
            import _codecs as existing
        except ImportError:
            existing = type(sys)('_codecs')

            def encode(obj, encoding='utf-8', errors='strict'):
                return obj.encode(encoding, errors)
            encode.__module__ = '_codecs'
            encode.__qualname__ = 'encode'
            existing.encode = encode
            sys.modules['_codecs'] = existing
    return existing.encode
