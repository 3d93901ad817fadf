"""The file-system functions of pycell's os module (stat, mkdir, listdir,
scandir, rename, walk, descriptors...), written from the os documentation on
top of the host's file system (_pycell_osfs, src/stdlib/os-fs.ts)."""

import _pycell_osfs as _fs
import posixpath as _path

# Linux values, which the host's open(2) understands
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = 2048
O_DIRECTORY = 65536
O_NOFOLLOW = 131072
O_CLOEXEC = 524288
O_SYNC = 1052672


def _name(p):
    """A path argument as str (bytes and os.PathLike accepted)."""
    p = _path._fspath(p)
    return p.decode("utf-8", "surrogateescape") if isinstance(p, bytes) else p


class stat_result(tuple):
    """os.stat() result: the ten classic fields as a sequence (times as int),
    the float times and nanoseconds as attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:7] + tuple(int(t) for t in seq[7:10]))
        self._times = tuple(float(t) for t in seq[7:10])
        return self

    st_mode = property(lambda self: tuple.__getitem__(self, 0))
    st_ino = property(lambda self: tuple.__getitem__(self, 1))
    st_dev = property(lambda self: tuple.__getitem__(self, 2))
    st_nlink = property(lambda self: tuple.__getitem__(self, 3))
    st_uid = property(lambda self: tuple.__getitem__(self, 4))
    st_gid = property(lambda self: tuple.__getitem__(self, 5))
    st_size = property(lambda self: tuple.__getitem__(self, 6))
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: round(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: round(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: round(self._times[2] * 1e9))

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % kv for kv in zip(self._names, tuple.__iter__(self)))

    def __reduce__(self):
        return stat_result, (tuple(self),)


def _result(t):
    return stat_result(t)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    return _result(_fs.stat(_name(path), bool(follow_symlinks)))


def lstat(path, *, dir_fd=None):
    return _result(_fs.stat(_name(path), False))


def fstat(fd):
    return _result(_fs.fstat(fd))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _fs.mkdir(_name(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    name = _name(name)
    head, tail = _path.split(name)
    if not tail:
        head, tail = _path.split(head)
    if head and tail and not _path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == _path.curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not _path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _fs.rmdir(_name(path))


def removedirs(name):
    """Remove a directory, then each empty parent."""
    rmdir(name)
    head, tail = _path.split(_name(name))
    if not tail:
        head, tail = _path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = _path.split(head)


def unlink(path, *, dir_fd=None):
    _fs.unlink(_name(path))


remove = unlink


def listdir(path="."):
    if isinstance(path, bytes):
        return [n.encode("utf-8", "surrogateescape") for n in _fs.listdir(_name(path))]
    return _fs.listdir(_name(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_name(src), _name(dst))


replace = rename


def renames(old, new):
    head, tail = _path.split(_name(new))
    if head and tail and not _path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = _path.split(_name(old))
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _fs.chmod(_name(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        atime, mtime = ns[0] / 1e9, ns[1] / 1e9
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = times
    else:
        import time
        atime = mtime = time.time()
    _fs.utime(_name(path), atime, mtime)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _fs.symlink(_name(src), _name(dst))


def readlink(path, *, dir_fd=None):
    return _fs.readlink(_name(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Existence, and the owner's permission bits (pycell does not know the
    calling user's identity)."""
    try:
        st = stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        return False
    bits = st.st_mode
    return ((not mode & 4 or bits & 0o444 != 0) and (not mode & 2 or bits & 0o222 != 0)
            and (not mode & 1 or bits & 0o111 != 0))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _fs.open(_name(path), flags, mode)


def close(fd):
    _fs.close(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            close(fd)
        except OSError:
            pass


def read(fd, n):
    return _fs.read(fd, n)


def write(fd, data):
    return _fs.write(fd, bytes(data))


def chdir(path):
    _fs.chdir(_name(path))


def getpid():
    return _fs.getpid()


def urandom(size):
    import random
    if size < 0:
        raise ValueError("negative argument not allowed")
    return random.SystemRandom().randbytes(size) if hasattr(random, "SystemRandom") \
        else random.randbytes(size)


class terminal_size(tuple):
    """os.get_terminal_size() result: columns, lines."""
    n_fields = n_sequence_fields = 2
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % tuple(self)


def get_terminal_size(fd=1):
    size = _fs.terminal_size(fd)
    if size is None:
        raise OSError(25, "Inappropriate ioctl for device")
    return terminal_size(size)


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """An entry of scandir(): name, path and cached stat information."""

    def __init__(self, directory, name):
        self.name = name
        self.path = _path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode & _S_IFMT
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == _S_IFDIR

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == _S_IFREG

    def is_symlink(self):
        return self._mode(False) == _S_IFLNK


class _ScandirIterator:
    def __init__(self, path):
        self._path = path
        self._names = iter(listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    return _ScandirIterator(_name(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory of the tree."""
    top = _path._fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, files, walk_into = [], [], []
    for entry in entries:
        is_dir = entry.is_dir()
        (dirs if is_dir else files).append(entry.name)
        if not topdown and is_dir and (followlinks or not entry.is_symlink()):
            walk_into.append(entry.path)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            new_path = _path.join(top, name)
            if followlinks or not _path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, files
