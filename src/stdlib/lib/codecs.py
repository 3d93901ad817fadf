"""codecs for pycell, written from the codecs documentation: the codec
registry (lookup, register, unregister), encode/decode, incremental and
iterating coders, the error handlers and the BOM constants.

The text codecs themselves are pycell's built-in ones (str.encode and
bytes.decode: the UTF family, ascii, latin-1, utf-7, the escape codecs, the
single-byte tables, idna, punycode). A search function registered here is
consulted by codecs.lookup, codecs.encode and codecs.decode, and by
str.encode/bytes.decode for names no built-in codec knows; a handler
registered with register_error is not seen by str.encode/bytes.decode
(docs/differences.md)."""

import sys

__all__ = ["register", "unregister", "lookup", "encode", "decode", "open",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "iterencode", "iterdecode", "register_error",
           "lookup_error", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
# pycell's byte order is little-endian, like the machines CPython mostly runs on
BOM = BOM_UTF16 = BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, StreamReader, StreamWriter) plus
    name and the incremental coder classes as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            type(self).__module__, type(self).__qualname__, self.name, id(self))


class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes a text in pieces; encode(piece, final) returns bytes."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes bytes in pieces; decode(piece, final) returns str."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder keeping undecoded trailing bytes between calls;
    subclasses give _buffer_decode(data, errors, final) -> (text, consumed)."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        text, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return text

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- the built-in text codecs, through str.encode / bytes.decode ----

def _normalize(encoding):
    return encoding.strip().lower().replace("_", "-").replace(" ", "-")


def _builtin_name(encoding):
    """The canonical name of a built-in codec, or None."""
    from _pycell_codecs import extra_codec_name, is_builtin_codec
    if not is_builtin_codec(encoding):
        return None
    extra = extra_codec_name(encoding)
    if extra is not None:
        return extra
    key = _normalize(encoding)
    for canonical in ("utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
                      "utf-16", "utf-32", "utf-8", "ascii"):
        if key.replace("-", "") == canonical.replace("-", ""):
            return canonical
    if key in ("u8", "utf", "utf8-ucs2", "utf8-ucs4", "cp65001"):
        return "utf-8"
    if key in ("646", "us-ascii", "us", "ansi-x3.4-1968", "iso646-us"):
        return "ascii"
    if key in ("u16",):
        return "utf-16"
    if key in ("u32",):
        return "utf-32"
    return "iso8859-1"


def _text_codec(name):
    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (name.replace("-", "_"), type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict", final=True):
        data = bytes(input)
        return data.decode(name, errors), len(data)

    # utf-16 and utf-32 write their BOM once, at the start
    follow_on = {"utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(name, name)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            out = input.encode(follow_on if self._started else name, self.errors)
            if input:
                self._started = True
            return out

        def reset(self):
            self._started = False

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            try:
                return data.decode(name, errors), len(data)
            except UnicodeDecodeError as exc:
                # an incomplete sequence at the end waits for the next piece
                if final or exc.end < len(data) or exc.reason not in (
                        "unexpected end of data", "truncated data"):
                    raise
                return data[:exc.start].decode(name, errors), exc.start

    return CodecInfo(encode, decode, _make_reader(decode), _make_writer(encode),
                     Encoder, Decoder, name=name)


# ---- the registry ----

_search_functions = []
_cache = {}


def register(search_function):
    """Add a search function: called with a normalized encoding name, it
    returns a CodecInfo (or a 4-tuple) or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function and forget the cached lookups."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """The CodecInfo of `encoding`; LookupError when no codec knows it."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = encoding.lower().replace(" ", "_")
    if key in _cache:
        return _cache[key]
    found = None
    canonical = _builtin_name(encoding)
    if canonical is not None:
        found = _text_codec(canonical)
    else:
        for search in _search_functions:
            result = search(key)
            if result is None:
                continue
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            found = result
            break
    if found is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = found
    return found


def _checked(info, what, result, kind):
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % what)
    return result[0]


def encode(obj, encoding="utf-8", errors="strict"):
    """Encode `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    try:
        result = info[0](obj, errors)
    except TypeError as exc:
        raise TypeError("encoding with '%s' codec failed (TypeError: %s)"
                        % (getattr(info, "name", encoding), exc)) from None
    return _checked(info, "encoder", result, "encode")


def decode(obj, encoding="utf-8", errors="strict"):
    """Decode `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    try:
        result = info[1](obj, errors)
    except TypeError as exc:
        raise TypeError("decoding with '%s' codec failed (TypeError: %s)"
                        % (getattr(info, "name", encoding), exc)) from None
    return _checked(info, "decoder", result, "decode")


def getencoder(encoding):
    return lookup(encoding)[0]


def getdecoder(encoding):
    return lookup(encoding)[1]


def getincrementalencoder(encoding):
    coder = getattr(lookup(encoding), "incrementalencoder", None)
    if coder is None:
        raise LookupError(encoding)
    return coder


def getincrementaldecoder(encoding):
    coder = getattr(lookup(encoding), "incrementaldecoder", None)
    if coder is None:
        raise LookupError(encoding)
    return coder


def getreader(encoding):
    return lookup(encoding)[2]


def getwriter(encoding):
    return lookup(encoding)[3]


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encode the strings of `iterator` piece by piece."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.encode(piece)
        if out:
            yield out
    out = coder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decode the bytes of `iterator` piece by piece."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.decode(piece)
        if out:
            yield out
    out = coder.decode(b"", True)
    if out:
        yield out


# ---- streams ----

class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text, _ = self.decode(data, self.errors)
        return text

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        text, _ = self.decode(line, self.errors)
        return text if keepends else text.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        pass

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def _make_reader(decode):
    return type("StreamReader", (StreamReader,), {"decode": staticmethod(decode)})


def _make_writer(encode):
    return type("StreamWriter", (StreamWriter,), {"encode": staticmethod(encode)})


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file; with an encoding, text is encoded/decoded by that codec."""
    import builtins
    if encoding is not None and "b" not in mode:
        mode += "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    wrapped.encoding = encoding
    return wrapped


# ---- error handlers ----

def strict_errors(exc):
    """Raise the error."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _region(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return exc.object[exc.start:exc.end]


def ignore_errors(exc):
    _region(exc)
    return "", exc.end


def replace_errors(exc):
    part = _region(exc)
    if isinstance(exc, UnicodeEncodeError):
        return "?" * len(part), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return "\ufffd", exc.end
    return "\ufffd" * len(part), exc.end


def _escape(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exc):
    part = _region(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "".join("\\x%02x" % b for b in part), exc.end
    return "".join(_escape(ord(c)) for c in part), exc.end


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return "".join("&#%d;" % ord(c) for c in _region(exc)), exc.end


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in _region(exc):
        try:
            out.append("\\N{%s}" % unicodedata.name(c))
        except ValueError:
            out.append(_escape(ord(c)))
    return "".join(out), exc.end


_handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
             "xmlcharrefreplace": xmlcharrefreplace_errors,
             "backslashreplace": backslashreplace_errors, "namereplace": namereplace_errors}


def register_error(name, error_handler):
    """Register an error handler (see the module docstring for its reach)."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under `name`."""
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
