"""tempfile for pycell, written from the tempfile documentation on top of
pycell's os module: temporary files and directories with unique random names.

pycell's open() cannot wrap a descriptor, so the file objects here are opened
by name: TemporaryFile() is a NamedTemporaryFile (its name is a path, not a
descriptor number) that is removed when closed (docs/differences.md)."""

import os as _os
import io as _io
import random as _random
from weakref import finalize as _finalize
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_name():
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(env)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield _os.getcwd()


def _writable(directory):
    """True when a file can be created (and removed) in `directory`."""
    for _ in range(100):
        name = _os.path.join(directory, _random_name())
        try:
            fd = _os.open(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        _os.close(fd)
        _os.unlink(name)
        return True
    return False


def gettempdir():
    """The directory for temporary files (found once, then cached in tempdir)."""
    global tempdir
    if tempdir is None:
        for directory in _candidate_dirs():
            directory = _os.path.abspath(directory)
            if _writable(directory):
                tempdir = directory
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s"
                                    % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return gettempprefix().encode()


def _sanitize(prefix, suffix, dir):
    """str arguments (bytes accepted for all three together) with defaults."""
    as_bytes = any(isinstance(a, bytes) for a in (prefix, suffix, dir))
    if as_bytes:
        if any(isinstance(a, str) for a in (prefix, suffix, dir)):
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        prefix, suffix, dir = (None if a is None else _os.fsdecode(a) for a in (prefix, suffix, dir))
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir), as_bytes


def _create(prefix, suffix, dir, make):
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            result = make(name)
        except FileExistsError:
            continue
        return name, result
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; returns
    (descriptor, absolute path). The caller removes it."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    name, fd = _create(prefix, suffix, dir, lambda n: _os.open(
        n, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_CLOEXEC, 0o600))
    name = _os.path.abspath(name)
    return fd, (_os.fsencode(name) if as_bytes else name)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by its owner; returns its absolute path."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    name, _ = _create(prefix, suffix, dir, lambda n: _os.mkdir(n, 0o700))
    name = _os.path.abspath(name)
    return _os.fsencode(name) if as_bytes else name


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (deprecated: not safe)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(name):
            return name
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object that also has .name and removes its file on close (when
    `delete`); other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed when closed if `delete`."""
    descriptor, path = mkstemp(suffix, prefix, dir)
    _os.close(descriptor)
    # opened by name: pycell's open() cannot adopt the descriptor
    options = dict(buffering=buffering, encoding=encoding, errors=errors, newline=newline)
    try:
        opened = _io.open(path, mode, **options)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(opened, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file removed when closed (here: a NamedTemporaryFile)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix,
                              dir, delete=True, errors=errors)


class SpooledTemporaryFile(_io.IOBase):
    """Data kept in memory until it grows past max_size (or fileno() is
    asked), then moved to a TemporaryFile."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        binary = "b" in mode
        memory = _io.BytesIO()
        if not binary:
            memory = _io.TextIOWrapper(memory, encoding=encoding or "utf-8",
                                       errors=errors, newline=newline)
        self._file = memory
        self._max_size = max_size
        self._rolled = False
        # what TemporaryFile() gets at rollover
        self._spill_args = dict(mode=mode, buffering=buffering, encoding=encoding,
                                newline=newline, suffix=suffix, prefix=prefix,
                                dir=dir, errors=errors)

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        position = memory.tell()
        if isinstance(memory, _io.TextIOWrapper):
            memory.flush()
            data = memory.buffer.getvalue()
        else:
            data = memory.getvalue()
        disk = TemporaryFile(**self._spill_args)
        target = disk.buffer if hasattr(disk, "buffer") else disk
        target.write(data)
        disk.seek(position)
        self._file = disk
        self._rolled = True

    def _after_write(self, result):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()
        return result

    def write(self, s):
        return self._after_write(self._file.write(s))

    def writelines(self, iterable):
        return self._after_write(self._file.writelines(iterable))

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    @property
    def mode(self):
        return getattr(self._file, "mode", self._spill_args["mode"])

    @property
    def name(self):
        return getattr(self._file, "name", None)

    def seekable(self):
        return True

    def readable(self):
        return True

    def writable(self):
        return True


def _forward(attribute, is_property):
    """A member of SpooledTemporaryFile that is the current file's."""
    if is_property:
        return property(lambda self: getattr(self._file, attribute))

    def method(self, *args):
        return getattr(self._file, attribute)(*args)
    method.__name__ = attribute
    return method


for _attribute in ("close", "flush", "isatty", "read", "readline", "readlines", "seek", "tell"):
    setattr(SpooledTemporaryFile, _attribute, _forward(_attribute, False))
for _attribute in ("closed", "encoding", "errors", "newlines"):
    setattr(SpooledTemporaryFile, _attribute, _forward(_attribute, True))
del _attribute


class TemporaryDirectory:
    """A temporary directory: use .name (or the value of `with`); removed by
    cleanup(), at the end of the with block, or when collected."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        path = mkdtemp(suffix, prefix, dir)
        self.name = path
        self._quiet = ignore_cleanup_errors
        self._finalizer = _finalize(self, _remove_tree, path, ignore_cleanup_errors)

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        pending = self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            _remove_tree(self.name, self._quiet)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _remove_tree(top, quiet):
    """rmtree that makes read-only entries writable and retries them."""
    def retry(func, path, info):
        kind = info[0]
        if issubclass(kind, FileNotFoundError):
            return
        if not issubclass(kind, PermissionError):
            if quiet:
                return
            raise info[1]
        try:
            if path != top:
                _os.chmod(_os.path.dirname(path), 0o700)
            _os.chmod(path, 0o700)
            if _os.path.isdir(path) and not _os.path.islink(path):
                _remove_tree(path, quiet)
            else:
                _os.unlink(path)
        except FileNotFoundError:
            pass
    _shutil.rmtree(top, onerror=retry)
