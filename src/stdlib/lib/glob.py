"""glob for pycell: Unix shell-style pathname expansion over pycell's os functions,
written from the glob documentation. `dir_fd` is not supported (pycell has no
directory file descriptors)."""

import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """True when s contains a wildcard character (*, ? or [)."""
    found = magic_check_bytes.search(s) if isinstance(s, bytes) else magic_check.search(s)
    return found is not None


def escape(pathname):
    """Escape every wildcard so it matches itself (the drive part is left as is)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        return drive + magic_check_bytes.sub(br'[\1]', rest)
    return drive + magic_check.sub(r'[\1]', rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname` (in no particular order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`; '**' matches any depth when
    `recursive` is true."""
    if dir_fd is not None:
        raise NotImplementedError('glob dir_fd is not supported by pycell')
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    walker = _Walker(root_dir, recursive, include_hidden)
    found = walker.expand(pathname, False)
    if recursive and _is_doublestar(pathname[:2], pathname):
        # '**' matched the empty path first: it is not a result of its own
        found = _drop_first_empty(found)
    return found


def _drop_first_empty(found):
    first = next(found, None)
    if first is not None and first:
        yield first
    yield from found


def _is_doublestar(pattern, sample):
    return pattern == (b'**' if isinstance(sample, bytes) else '**')


def _hidden(name):
    return name[:1] in ('.', b'.')


class _Walker:
    def __init__(self, root, recursive, include_hidden):
        self.root = root
        self.recursive = recursive
        self.include_hidden = include_hidden

    def _real(self, path):
        """The path to hand to os: relative paths are relative to root_dir."""
        if self.root and path:
            return os.path.join(self.root, path)
        return path or self.root or (b'.' if isinstance(path, bytes) else '.')

    def _exists(self, path):
        return os.path.lexists(self._real(path)) if path or self.root else False

    def _isdir(self, path):
        return os.path.isdir(self._real(path))

    def expand(self, pathname, only_dirs):
        if not pathname:
            return
        head, tail = os.path.split(pathname)
        if not has_magic(pathname):
            if tail:
                if self._exists(pathname):
                    yield pathname
            elif self._isdir(head):
                # 'dir/' names the folder itself
                yield pathname
            return
        if not head:
            yield from self._in_folder(head, tail, only_dirs)
            return
        # the folders to look in: themselves patterns, or the one literal folder
        if head != pathname and has_magic(head):
            folders = self.expand(head, True)
        else:
            folders = [head]
        for folder in folders:
            for name in self._in_folder(folder, tail, only_dirs):
                yield os.path.join(folder, name)

    def _in_folder(self, folder, pattern, only_dirs):
        if self.recursive and _is_doublestar(pattern, pattern):
            return self._everything_below(folder, only_dirs)
        if has_magic(pattern):
            return self._matching(folder, pattern, only_dirs)
        return self._literal(folder, pattern)

    def _literal(self, folder, name):
        if name:
            if self._exists(os.path.join(folder, name)):
                return [name]
        elif self._isdir(folder):
            return [name]
        return []

    def _names(self, folder, only_dirs):
        where = self._real(folder)
        try:
            with os.scandir(where) as entries:
                picked = []
                for entry in entries:
                    try:
                        if not only_dirs or entry.is_dir():
                            picked.append(entry.name)
                    except OSError:
                        pass
        except OSError:
            return []
        if isinstance(folder, bytes) and picked and isinstance(picked[0], str):
            picked = [os.fsencode(n) for n in picked]
        return picked

    def _matching(self, folder, pattern, only_dirs):
        names = self._names(folder, only_dirs)
        if not (self.include_hidden or _hidden(pattern)):
            names = [n for n in names if not _hidden(n)]
        return fnmatch.filter(names, pattern)

    def _everything_below(self, folder, only_dirs):
        # first the folder itself (as an empty name), then every path below it
        yield folder[:0]
        yield from self._descend(folder, only_dirs)

    def _descend(self, folder, only_dirs):
        for name in self._names(folder, only_dirs):
            if _hidden(name) and not self.include_hidden:
                continue
            yield name
            inner = os.path.join(folder, name) if folder else name
            if self._isdir(inner):  # symlinked folders are followed too
                for deeper in self._descend(inner, only_dirs):
                    yield os.path.join(name, deeper)
