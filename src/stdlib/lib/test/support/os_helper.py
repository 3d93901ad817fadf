"""File-system helpers of test.support: a scratch file name (TESTFN),
removing files and trees, temporary and changed working directories, and
a guard that restores os.environ."""
import sys

try:
    import os
except ImportError:
    os = None


def _pid():
    try:
        return os.getpid()
    except Exception:
        return 0


TESTFN_ASCII = '@test_%d_tmp' % _pid()


def _non_ascii_suffix():
    """A non-ASCII character the file system encoding can store, if any."""
    try:
        encoding = sys.getfilesystemencoding()
    except Exception:
        return ''
    for ch in ('\u00e6', '\u0130', '\u0141', '\u03c6', '\u041a', '\u05d0',
               '\u060c', '\u062a', '\u0e01', '\u00a0', '\u20ac'):
        try:
            if ch.encode(encoding).decode(encoding) == ch:
                return ch
        except (UnicodeError, LookupError):
            pass
    return ''


TESTFN_NONASCII = _non_ascii_suffix() or None
TESTFN = TESTFN_ASCII + (TESTFN_NONASCII or '')
TESTFN_UNICODE = TESTFN_ASCII + '-\xe0\xf2\u0258\u0141\u011f'
TESTFN_UNENCODABLE = None
TESTFN_UNDECODABLE = None
SAVEDCWD = os.getcwd() if os is not None else None


def unlink(filename):
    try:
        os.unlink(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


def rmdir(dirname):
    try:
        os.rmdir(dirname)
    except FileNotFoundError:
        pass


def rmtree(path):
    import shutil
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass


def make_bad_fd():
    fd = os.open(TESTFN, os.O_WRONLY | os.O_CREAT)
    try:
        return fd
    finally:
        os.close(fd)
        unlink(TESTFN)


def can_symlink():
    return hasattr(os, 'symlink')


def skip_unless_symlink(test):
    """Skip the decorated test when symbolic links cannot be made."""
    import unittest
    if can_symlink():
        return test
    return unittest.skip('Requires functional symlink implementation')(test)


def create_empty_file(filename):
    fd = os.open(filename, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.close(fd)


class _TempDir:
    def __init__(self, path, quiet):
        self.path = path
        self.quiet = quiet
        self.made = False

    def __enter__(self):
        if self.path is None:
            import tempfile
            self.path = os.path.realpath(tempfile.mkdtemp())
            self.made = True
        else:
            try:
                os.mkdir(self.path)
                self.made = True
            except OSError:
                if not self.quiet:
                    raise
                import warnings
                warnings.warn('tests may fail, unable to create temporary directory %r'
                              % (self.path,), RuntimeWarning, stacklevel=3)
        if self.made:
            self.path = os.path.realpath(self.path)
        return self.path

    def __exit__(self, *exc):
        if self.made:
            rmtree(self.path)
        return False


def temp_dir(path=None, quiet=False):
    """A new directory (a temporary one by default) removed afterwards."""
    return _TempDir(path, quiet)


class _ChangedCwd:
    def __init__(self, path, quiet):
        self.path = path
        self.quiet = quiet

    def __enter__(self):
        self.saved = os.getcwd()
        try:
            os.chdir(self.path)
        except OSError:
            if not self.quiet:
                raise
            import warnings
            warnings.warn('tests may fail, unable to change the current working '
                          'directory to %r' % (self.path,), RuntimeWarning, stacklevel=3)
        return os.getcwd()

    def __exit__(self, *exc):
        os.chdir(self.saved)
        return False


def change_cwd(path, quiet=False):
    return _ChangedCwd(path, quiet)


class _TempCwd:
    def __init__(self, name, quiet):
        self.dir = _TempDir(name, quiet)
        self.cwd = None

    def __enter__(self):
        path = self.dir.__enter__()
        self.cwd = _ChangedCwd(path, self.dir.quiet)
        return self.cwd.__enter__()

    def __exit__(self, *exc):
        self.cwd.__exit__(*exc)
        self.dir.__exit__(*exc)
        return False


def temp_cwd(name='tempcwd', quiet=False):
    """Make a temporary directory and make it the working directory."""
    return _TempCwd(name, quiet)


class EnvironmentVarGuard:
    """A mapping over os.environ that puts back every variable it changed
    when the `with` block (or __exit__) ends."""

    def __init__(self):
        self._environ = os.environ
        self._changed = {}

    def _remember(self, key):
        if key not in self._changed:
            self._changed[key] = self._environ.get(key)

    def __getitem__(self, key):
        return self._environ[key]

    def __setitem__(self, key, value):
        self._remember(key)
        self._environ[key] = value

    def __delitem__(self, key):
        # deleting a variable that is not set is not an error here
        self._remember(key)
        self._environ.pop(key, None)

    def __contains__(self, key):
        return key in self._environ

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def keys(self):
        return self._environ.keys()

    def get(self, key, default=None):
        return self._environ.get(key, default)

    def set(self, key, value):
        self[key] = value

    def unset(self, key):
        if key in self._environ:
            del self[key]

    def copy(self):
        return dict(self._environ)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for key, value in self._changed.items():
            if value is None:
                self._environ.pop(key, None)
            else:
                self._environ[key] = value
        self._changed = {}
        os.environ = self._environ
        return False


def fs_is_case_insensitive(directory):
    return False


def fd_count():
    try:
        return len(os.listdir('/proc/self/fd'))
    except OSError:
        return 0


class FakePath:
    """An object that is not a str or bytes but follows the os.PathLike protocol:
    __fspath__ gives back what it was made with, or raises it when that is an
    exception (instance or class), so tests can exercise failing path conversions."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return '<FakePath %r>' % (self.path,)

    def __fspath__(self):
        value = self.path
        failing = isinstance(value, BaseException) or (isinstance(value, type) and issubclass(value, BaseException))
        if failing:
            raise value
        return value
