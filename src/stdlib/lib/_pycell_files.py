"""open() and the file classes behind it (FileIO, BufferedReader/Writer/Random,
TextIOWrapper), written for pycell from the io documentation.

A file's whole content is held in memory while it is open: it is read from the
host when opened (modes r, a, +) and written back whole on flush() and close()
(src/stdlib/fs-host.ts gives the host's read/write). Text positions (tell/seek)
are byte offsets into the encoded content, as CPython's are for these codecs.
"""

import _pycell_fs
import io as _io

_MODE_CHARS = set("rwaxbt+")


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    chars = set(mode)
    if len(chars) != len(mode) or not chars <= _MODE_CHARS:
        raise ValueError("invalid mode: '%s'" % mode)
    creating, reading, writing, appending = "x" in chars, "r" in chars, "w" in chars, "a" in chars
    updating = "+" in chars
    text, binary = "t" in chars, "b" in chars
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return (("x" if creating else "r" if reading else "w" if writing else "a"), updating, binary)


class FileIO(_io.RawIOBase):
    """The raw file: bytes in memory, written back to the host on flush/close."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            raise OSError(9, "Bad file descriptor")
        if isinstance(file, bytes):
            file = file.decode("utf-8", "surrogateescape")
        if not isinstance(file, str):
            if hasattr(type(file), "__fspath__"):
                file = type(file).__fspath__(file)
            else:
                raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
        kind, updating, _ = _parse_mode(mode)
        self.name = file
        self._kind = kind
        self._readable = kind == "r" or updating
        self._writable = kind != "r" or updating
        self._dirty = False
        self._closed_flag = True
        if kind == "r":
            self._data = bytearray(_pycell_fs.read(file))
        elif kind == "w":
            _pycell_fs.write(file, b"", "w")
            self._data = bytearray()
        elif kind == "x":
            _pycell_fs.write(file, b"", "x")
            self._data = bytearray()
        else:
            _pycell_fs.write(file, b"", "a")
            self._data = bytearray(_pycell_fs.read(file))
        self._pos = len(self._data) if kind == "a" else 0
        self._closed_flag = False
        self.closefd = closefd
        self.mode = {"r": "rb", "w": "wb", "x": "xb", "a": "ab"}[kind] if not updating else {"r": "rb+", "w": "rb+", "x": "xb+", "a": "ab+"}[kind]

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self.closefd)

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise _io.UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise _io.UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check_readable()
        size = _io._index(size)
        end = len(self._data) if size < 0 else min(len(self._data), self._pos + size)
        start = min(self._pos, end)
        self._pos = max(self._pos, end)
        return bytes(self._data[start:end])

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._kind == "a":
            self._pos = len(self._data)
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        self._data[self._pos:self._pos + len(b)] = b
        self._pos += len(b)
        self._dirty = True
        return len(b)

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _io._seek_pos(pos)
        if whence == 0:
            if pos < 0:
                raise OSError(22, "Invalid argument")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_writable()
        size = self._pos if size is None else _io._seek_pos(size)
        if size < len(self._data):
            del self._data[size:]
        else:
            self._data.extend(bytes(size - len(self._data)))
        self._dirty = True
        return size

    def flush(self):
        self._check_open()
        if self._dirty:
            _pycell_fs.write(self.name, bytes(self._data), "w")
            self._dirty = False

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    def fileno(self):
        raise _io.UnsupportedOperation("fileno")

    def isatty(self):
        self._check_open()
        return False


class _Buffered(_io.BufferedIOBase):
    """BufferedReader/Writer/Random: the raw file holds the buffer already."""

    def __init__(self, raw, buffer_size=_io.DEFAULT_BUFFER_SIZE):
        self.raw = raw

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)

    def _check_open(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def read(self, size=-1):
        self._check_open()
        if not self.raw._readable:
            raise _io.UnsupportedOperation("read")
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check_open()
        return bytes(self.raw._data[self.raw._pos:])

    def readinto(self, b):
        return self.raw.readinto(b)

    def readline(self, size=-1):
        self._check_open()
        if not self.raw._readable:
            raise _io.UnsupportedOperation("read")
        size = _io._index(size)
        data, pos = self.raw._data, self.raw._pos
        end = data.find(b"\n", pos)
        end = len(data) if end < 0 else end + 1
        if size >= 0:
            end = min(end, pos + size)
        self.raw._pos = max(pos, end)
        return bytes(data[pos:end])

    def write(self, b):
        self._check_open()
        if not self.raw._writable:
            raise _io.UnsupportedOperation("write")
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None):
        return self.raw.truncate(pos)

    def flush(self):
        self.raw.flush()

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        return raw

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class TextIOWrapper(_io.TextIOBase):
    """Text over a binary buffer: decoding, newline translation, line reading."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        "".encode(encoding)  # LookupError: unknown encoding
        if errors is None:
            errors = "strict"
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._text = None      # decoded rest of the file, from byte offset _base
        self._base = 0
        self._cpos = 0
        self._seen = 0

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return _io._SEEN[self._seen]

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding=%r>" % self.encoding
        mode = getattr(self, "mode", None)
        if mode is None:
            return "<_io.TextIOWrapper name=%r encoding=%r>" % (name, self.encoding)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (name, mode, self.encoding)

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    # -- reading
    def _load(self):
        self._check_open()
        if not self.buffer.readable():
            raise _io.UnsupportedOperation("not readable")
        if self._text is None:
            self._base = self.buffer.tell()
            self._text = self.buffer.read().decode(self.encoding, self.errors)
            self._cpos = 0
        return self._text

    def _sync(self):
        # hand the position back to the buffer before writing or seeking
        if self._text is not None:
            self.buffer.seek(self.tell())
            self._text = None

    def _note(self, raw):
        if self._newline is None or self._newline == "":
            i = 0
            while True:
                j = raw.find("\r", i)
                if j < 0:
                    break
                if raw.startswith("\r\n", j):
                    self._seen |= _io._CRLF
                    i = j + 2
                else:
                    self._seen |= _io._CR
                    i = j + 1
            if raw.replace("\r\n", "").find("\n") >= 0:
                self._seen |= _io._LF

    def _translate(self, raw):
        self._note(raw)
        if self._newline is None:
            return raw.replace("\r\n", "\n").replace("\r", "\n")
        return raw

    def read(self, size=-1):
        size = _io._index(size, "argument should be integer or None, not '%s'")
        text = self._load()
        start = self._cpos
        if size < 0:
            end = len(text)
        else:
            end = min(len(text), start + size)
            # a '\r' just before the cut may pair with a '\n' after it
            if self._newline is None and end < len(text) and end > start and text[end - 1] == "\r" and text[end] == "\n":
                end += 1
            out = self._translate(text[start:end])
            while len(out) < size and end < len(text):
                end += 1
                out = self._translate(text[start:end])
            self._cpos = end
            return out
        self._cpos = end
        return self._translate(text[start:end])

    def _line_end(self, text, start):
        nl = self._newline
        if nl is None or nl == "":
            i = start
            n = len(text)
            while i < n:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if i + 1 < n and text[i + 1] == "\n" else i + 1
                i += 1
            return n
        j = text.find(nl, start)
        return len(text) if j < 0 else j + len(nl)

    def readline(self, size=-1):
        size = _io._index(size)
        text = self._load()
        start = self._cpos
        end = self._line_end(text, start)
        if size >= 0 and end - start > size:
            end = start + size
        self._cpos = end
        return self._translate(text[start:end])

    def __next__(self):
        line = self.readline()
        if not line:
            self._check_open()
            raise StopIteration
        return line

    def __iter__(self):
        self._check_open()
        return self

    # -- writing
    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise _io.UnsupportedOperation("not writable")
        self._sync()
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.write_through:
            self.buffer.flush()
        return len(s)

    def tell(self):
        self._check_open()
        if self._text is None:
            return self.buffer.tell()
        return self._base + len(self._text[:self._cpos].encode(self.encoding, self.errors))

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._text = None
        if whence == 2:
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self._check_open()
        self._sync()
        return self.buffer.truncate(pos)

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        self._sync()
        buf = self.buffer
        return buf

    def reconfigure(self, *, encoding=None, errors=None, newline=False, line_buffering=None, write_through=None):
        if encoding is not None:
            self.encoding = encoding
        if errors is not None:
            self.errors = errors
        if newline is not False:
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = line_buffering
        if write_through is not None:
            self.write_through = write_through


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    kind, updating, binary = _parse_mode(mode)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        if not isinstance(newline, str):
            raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        raise ValueError("illegal newline value: %s" % newline)
    if encoding is not None:
        if not isinstance(encoding, str):
            raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        "".encode(encoding)
    if not _pycell_fs.available():
        raise OSError("open(): this pycell has no file system (the embedding program gave none)")
    raw = FileIO(file, kind + ("+" if updating else "") + "b", closefd, opener)
    if buffering == 0:
        return raw
    if updating:
        buf = BufferedRandom(raw)
    elif kind == "r":
        buf = BufferedReader(raw)
    else:
        buf = BufferedWriter(raw)
    if binary:
        return buf
    text = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    text.mode = mode
    return text


for _c in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _c.__module__ = "_io"
del _c
