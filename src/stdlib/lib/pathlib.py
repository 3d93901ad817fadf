"""pathlib for pycell: object-oriented paths, written from the pathlib documentation
and black-box runs of CPython 3.11.

The pure classes are string work only. PurePosixPath and PosixPath are complete;
Path methods call pycell's os functions. PureWindowsPath / WindowsPath (drive
letters, UNC shares, case folding) are not supported: they raise NotImplementedError."""

import fnmatch
import os
import stat as _stat
from collections.abc import Sequence

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _segment_text(segment):
    if isinstance(segment, PurePath):
        return str(segment)
    text = os.fspath(segment) if not isinstance(segment, str) else segment
    if not isinstance(text, str):
        raise TypeError('argument should be a str object or an os.PathLike object returning '
                        'str, not %r' % (type(text),))
    return text


def _parse_posix(segments):
    """(root, [names]) of the joined segments: a later absolute segment starts over;
    '' and '.' names vanish; exactly two leading slashes are kept, as POSIX allows."""
    root, names = '', []
    for segment in segments:
        text = _segment_text(segment)
        if text.startswith('/'):
            lead = len(text) - len(text.lstrip('/'))
            root, names = ('//' if lead == 2 else '/'), []
        names.extend(n for n in text.split('/') if n and n != '.')
    return root, names


class _Parents(Sequence):
    """The ancestors of a path, nearest first (PurePath.parents)."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        return self._path._make(self._path._root, self._path._names[:self._count - index - 1])

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path as a string-like value; PurePath(...) makes a PurePosixPath here."""

    __slots__ = ('_root', '_names', '_text', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        self = object.__new__(cls)
        self._root, self._names = _parse_posix(args)
        self._text = None
        self._hash = None
        return self

    def _make(self, root, names):
        made = object.__new__(type(self))
        made._root, made._names, made._text, made._hash = root, list(names), None, None
        return made

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # -- text ------------------------------------------------------------------
    def __str__(self):
        if self._text is None:
            self._text = (self._root + '/'.join(self._names)) or '.'
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        """'file://...' for an absolute path."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    # -- comparison ------------------------------------------------------------------
    def _key(self):
        return [self._root] + self._names if self._root else list(self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._flavour_name() != self._flavour_name():
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _ordered(self, other, test):
        if not isinstance(other, PurePath) or other._flavour_name() != self._flavour_name():
            return NotImplemented
        return test(self._key(), other._key())

    def __lt__(self, other):
        return self._ordered(other, lambda x, y: x < y)

    def __le__(self, other):
        return self._ordered(other, lambda x, y: x <= y)

    def __gt__(self, other):
        return self._ordered(other, lambda x, y: x > y)

    def __ge__(self, other):
        return self._ordered(other, lambda x, y: x >= y)

    @classmethod
    def _flavour_name(cls):
        return 'windows' if issubclass(cls, PureWindowsPath) else 'posix'

    # -- parts ---------------------------------------------------------------------
    drive = property(lambda self: '', doc='The drive letter or UNC share (always empty on POSIX).')
    root = property(lambda self: self._root, doc="'/' (or '//') for an absolute path, else ''.")
    anchor = property(lambda self: self._root, doc='drive + root.')

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        pieces = name.lstrip('.').split('.')[1:]
        return ['.' + piece for piece in pieces]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    # -- making new paths ------------------------------------------------------------
    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        """The path with its last part replaced by `name`."""
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, names = _parse_posix([name])
        if not name or name.endswith('/') or root or len(names) != 1 or names[0] != name:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed ('' removes it)."""
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._make(self._root, self._names[:-1] + [base + suffix])

    def relative_to(self, *other):
        """This path relative to `other` (ValueError when it is not below it)."""
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        mine, theirs = self._key(), base._key()
        if mine[:len(theirs)] != theirs or (not theirs and self._root):
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), str(base)))
        return self._make('', mine[len(theirs):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Glob-style match from the right (the whole path for an absolute pattern)."""
        pattern = type(self)(path_pattern)
        wanted = pattern._key()
        if not wanted:
            raise ValueError('empty pattern')
        have = self._key()
        if pattern._root:
            if pattern._root != self._root or len(wanted) != len(have):
                return False
            wanted, have = wanted[1:], have[1:]
        elif len(wanted) > len(have):
            return False
        for part, pat in zip(reversed(have), reversed(wanted)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


if hasattr(os.PathLike, 'register'):
    os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths: not supported by pycell."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported by pycell')


# -- concrete paths ------------------------------------------------------------------

class Path(PurePath):
    """A path of the file system; Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = object.__new__(cls)
        self._root, self._names = _parse_posix(args)
        self._text = None
        self._hash = None
        return self

    def __enter__(self):
        import warnings
        warnings.warn('pathlib.Path.__enter__() is deprecated and scheduled for removal in '
                      'Python 3.13; Path objects as a context manager is a no-op',
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            self.stat()
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        if self._names and self._names[0][:1] == '~' and not self._root:
            head = os.path.expanduser(self._names[0])
            if head[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(head, *self._names[1:])
        return self

    def samefile(self, other_path):
        mine = self.stat()
        theirs = other_path.stat() if hasattr(other_path, 'stat') else os.stat(other_path)
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    # -- information ----------------------------------------------------------------
    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def _mode_is(self, test, follow=True):
        try:
            mode = (os.stat(self) if follow else os.lstat(self)).st_mode
        except (OSError, ValueError):
            return False
        return test(mode)

    def exists(self):
        return self._mode_is(lambda m: True)

    def is_dir(self):
        return self._mode_is(_stat.S_ISDIR)

    def is_file(self):
        return self._mode_is(_stat.S_ISREG)

    def is_symlink(self):
        return self._mode_is(_stat.S_ISLNK, follow=False)

    def is_socket(self):
        return self._mode_is(_stat.S_ISSOCK)

    def is_fifo(self):
        return self._mode_is(_stat.S_ISFIFO)

    def is_block_device(self):
        return self._mode_is(_stat.S_ISBLK)

    def is_char_device(self):
        return self._mode_is(_stat.S_ISCHR)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        return str(self.resolve()) == '/' or os.path.ismount(str(self))

    def owner(self):
        raise NotImplementedError('Path.owner() is not supported by pycell')

    def group(self):
        raise NotImplementedError('Path.group() is not supported by pycell')

    # -- folders --------------------------------------------------------------------
    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._names + [name])

    def glob(self, pattern):
        """The paths below this folder that match the relative `pattern` ('**' is any
        number of folders; unlike the glob module, names starting with '.' match '*')."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        steps = type(self)(pattern)
        if steps._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        names = list(steps._names)
        if pattern.endswith('/') or names[-1:] == ['**']:
            # a pattern ending in a folder selector yields folders only
            names.append('')
        return self._select(names, set())

    def _select(self, steps, seen):
        if not steps:
            if self not in seen:
                seen.add(self)
                yield self
            return
        step, rest = steps[0], steps[1:]
        if step == '':
            if self.is_dir():
                yield from self._select(rest, seen)
        elif step == '**':
            for folder in self._folders_below():
                yield from folder._select(rest, seen)
        elif any(c in step for c in '*?['):
            for entry in self._entries():
                if rest and not entry[1]:
                    continue
                if fnmatch.fnmatchcase(entry[0], step):
                    yield from (self / entry[0])._select(rest, seen)
        else:
            child = self / step
            if (rest and child.is_dir()) or (not rest and child.exists()):
                yield from child._select(rest, seen)

    def _entries(self):
        """(name, is a folder) for each entry; nothing when this is not a readable folder."""
        try:
            with os.scandir(self) as found:
                return [(e.name, e.is_dir()) for e in found]
        except OSError:
            return []

    def _folders_below(self):
        yield self
        for name, is_dir in self._entries():
            child = self / name
            if is_dir and not child.is_symlink():
                yield from child._folders_below()

    def rglob(self, pattern):
        """glob() with '**/' in front: matches at any depth."""
        return self.glob('**/' + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    # -- files ----------------------------------------------------------------------
    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(self, None)
            return
        with self.open('a'):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        raise NotImplementedError('lchmod() is not supported by pycell')

    def readlink(self):
        return type(self)(os.readlink(self))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        raise NotImplementedError('hardlink_to() is not supported by pycell')

    def link_to(self, target):
        raise NotImplementedError('link_to() is not supported by pycell')


class PosixPath(Path, PurePosixPath):
    """A concrete path with POSIX rules."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths: not supported by pycell."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
