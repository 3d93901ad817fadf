"""A minimal os module for pycell: names, paths and the environment.

The working directory and environment come from the host (the command line passes
the real ones; a browser page may pass none). Process and file-descriptor functions
are not available.
"""
import sys
import _pycell_os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

fspath = path._fspath


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            return hasattr(C, "__fspath__")
        return NotImplemented


class _Environ(dict):
    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self.items())

    def copy(self):
        return dict(self)

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)


environ = _Environ(_pycell_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    pass


def unsetenv(key):
    pass


def getcwd():
    return _pycell_os.getcwd()


def getcwdb():
    return _pycell_os.getcwd().encode()


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def strerror(code):
    return {2: "No such file or directory", 13: "Permission denied", 17: "File exists",
            20: "Not a directory", 21: "Is a directory"}.get(code, "Unknown error %d" % code)




error = OSError


class uname_result(tuple):
    """os.uname() result: sysname, nodename, release, version, machine."""
    _fields = ("sysname", "nodename", "release", "version", "machine")
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return "posix.uname_result(%s)" % ", ".join(
            "%s=%r" % kv for kv in zip(self._fields, self))


def uname():
    return uname_result(_pycell_os.uname()[:5])


# the file-system calls (stat, mkdir, listdir, scandir, walk, descriptors...)
from _pycell_oscalls import *

# which functions take dir_fd / a descriptor / follow_symlinks=False: pycell's take none
supports_dir_fd = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()
