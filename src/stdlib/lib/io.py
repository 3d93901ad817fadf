"""In-memory text and binary streams (StringIO, BytesIO) and the io class tree."""

import sys as _sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _index(v, what="argument should be integer or None, not '%s'"):
    # size arguments accept None, ints and objects with __index__ (io's _Py_convert_optional_to_ssize_t)
    if v is None:
        return -1
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError(what % type(v).__name__)


def _seek_pos(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


class IOBase:
    """The abstract base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._check_open()

    def close(self):
        self._closed_flag = True

    @property
    def closed(self):
        return getattr(self, "_closed_flag", False)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        n = _index(hint)
        out = []
        total = 0
        for line in self:
            out.append(line)
            total += len(line)
            if 0 < n <= total:
                break
        return out

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported("detach")


# newlines seen, as bits (textio.c's SEEN_CR / SEEN_LF / SEEN_CRLF)
_CR, _LF, _CRLF = 1, 2, 4
_SEEN = {0: None, 1: "\r", 2: "\n", 3: ("\r", "\n"), 4: "\r\n", 5: ("\r", "\r\n"), 6: ("\n", "\r\n"), 7: ("\r", "\n", "\r\n")}


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._nl = newline
        self._text = ""
        self._pos = 0
        self._seen = 0
        self._closed_flag = False
        if initial_value:
            self._put(initial_value)
            self._pos = 0

    def _translate(self, s):
        nl = self._nl
        if nl is None or nl == "":
            if "\r" in s or "\n" in s:
                self._note_newlines(s)
            if nl is None and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        return s

    def _note_newlines(self, s):
        crlf = s.count("\r\n")
        if crlf:
            self._seen |= _CRLF
        if s.count("\r") > crlf:
            self._seen |= _CR
        if s.count("\n") > crlf:
            self._seen |= _LF

    def _put(self, s):
        s = self._translate(s)
        text = self._text
        pos = self._pos
        if pos == len(text):
            self._text = text + s
        elif pos > len(text):
            self._text = text + "\0" * (pos - len(text)) + s
        else:
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)

    def _check_closed(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed_flag

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._nl is None or self._nl == "":
            return _SEEN[self._seen]
        return None

    def close(self):
        self._closed_flag = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._text

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if n:
            self._put(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        n = _index(size)
        text = self._text
        pos = self._pos
        end = len(text) if n < 0 else min(len(text), pos + n)
        if pos >= end:
            return ""
        self._pos = end
        return text[pos:end]

    def _line_end(self, start, limit):
        # where the line starting at `start` ends (exclusive), per the newline mode
        text = self._text
        nl = self._nl
        if nl == "":
            i = start
            while i < limit:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text) and text[i + 1] == "\n" and i + 1 < limit:
                        return i + 2
                    return i + 1
                i += 1
            return limit
        sep = "\n" if nl is None else nl
        j = text.find(sep, start, limit)
        if j < 0:
            return limit
        return min(j + len(sep), limit)

    def readline(self, size=-1):
        self._check_closed()
        if size is not None and not isinstance(size, int) and not hasattr(type(size), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
        n = _index(size)
        text = self._text
        pos = self._pos
        if pos >= len(text):
            return ""
        limit = len(text) if n < 0 else min(len(text), pos + n)
        end = self._line_end(pos, limit)
        self._pos = end
        return text[pos:end]

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file.")
        return self

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _seek_pos(pos)
        whence = _seek_pos(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        else:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._text)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            size = self._pos
        else:
            size = _index(pos)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        if size < len(self._text):
            self._text = self._text[:size]
        return size

    def detach(self):
        raise UnsupportedOperation("detach")

    def __enter__(self):
        self._check_closed()
        return self

    def __getstate__(self):
        self._check_closed()
        return (self._text, self._nl, self._pos, None)


StringIO.__module__ = "_io"


def _as_bytes(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._data = b"" if initial_bytes is None else _as_bytes(initial_bytes)
        self._pos = 0
        self._closed_flag = False

    def _check_closed(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        self._closed_flag = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._data

    def write(self, b):
        self._check_closed()
        b = _as_bytes(b)
        n = len(b)
        if not n:
            return 0
        data = self._data
        pos = self._pos
        if pos == len(data):
            self._data = data + b
        elif pos > len(data):
            self._data = data + bytes(pos - len(data)) + b
        else:
            self._data = data[:pos] + b + data[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        n = _index(size)
        data = self._data
        pos = self._pos
        end = len(data) if n < 0 else min(len(data), pos + n)
        if pos >= end:
            return b""
        self._pos = end
        return data[pos:end]

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        n = _index(size)
        data = self._data
        pos = self._pos
        if pos >= len(data):
            return b""
        limit = len(data) if n < 0 else min(len(data), pos + n)
        j = data.find(b"\n", pos, limit)
        end = limit if j < 0 else j + 1
        self._pos = end
        return data[pos:end]

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check_closed()
        return self

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _seek_pos(pos)
        whence = _seek_pos(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            size = self._pos
        else:
            size = _index(pos)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._data):
            self._data = self._data[:size]
        return size

    def __enter__(self):
        self._check_closed()
        return self


BytesIO.__module__ = "_io"

for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = "io"
del _c


# files: open() and the file classes (pycell's _pycell_files, over the host's file access)
from _pycell_files import open, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper
