"""shutil for pycell: copying, moving and removing files and trees, which,
disk_usage and get_terminal_size, written from the shutil documentation on
top of pycell's os module."""

import os
import sys
import collections

__all__ = sorted(["copyfileobj", "copyfile", "copymode", "copystat", "copy",
                  "copy2", "copytree", "move", "rmtree", "Error", "SpecialFileError",
                  "ExecError", "ignore_patterns", "which", "get_terminal_size",
                  "SameFileError", "disk_usage", "chown", "make_archive",
                  "unpack_archive"])

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a special file (a named pipe...)."""


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of one file object to another, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        a = src.stat() if isinstance(src, os.DirEntry) else os.stat(src)
        b = os.stat(dst)
    except OSError:
        return False
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def _is_dir(path):
    try:
        return (os.stat(path).st_mode & 0o170000) == 0o040000
    except OSError:
        return False


def _is_link(path):
    try:
        return (os.lstat(path).st_mode & 0o170000) == 0o120000
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (not the metadata); returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if _is_link(src) and not follow_symlinks:
        _relink(src, dst)
    else:
        with open(src, "rb") as source:
            try:
                target = open(dst, "wb")
            except IsADirectoryError as exc:
                # open() of 'missing/' reports a directory; say what is wrong
                if os.path.exists(dst):
                    raise
                raise FileNotFoundError(f"Directory does not exist: {dst}") from exc
            with target:
                copyfileobj(source, target)
    return dst


def _relink(link, dst):
    """Make dst a symbolic link with the same target as `link`."""
    target = os.readlink(link)
    os.symlink(target, dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access/modification times."""
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src).rstrip("/")))
    return dst


def _copy_with(metadata, src, dst, follow):
    target = _into(src, dst)
    copyfile(src, target, follow_symlinks=follow)
    metadata(src, target, follow_symlinks=follow)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Returns the new path."""
    return _copy_with(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata (permissions, times); dst may be a directory."""
    return _copy_with(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """A copytree `ignore` callable that skips names matching glob patterns."""
    import fnmatch

    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy a directory tree; errors are collected and raised as one Error."""
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    problems = []
    _copy_dir(src, dst, options, problems)
    if problems:
        raise Error(problems)
    return dst


def _copy_dir(src, dst, options, problems):
    symlinks, ignore, copy_function, skip_dangling, exist_ok = options
    entries = os.listdir(src)
    skipped = set() if ignore is None else ignore(os.fspath(src), entries)
    os.makedirs(dst, exist_ok=exist_ok)
    for entry in entries:
        if entry in skipped:
            continue
        here, there = os.path.join(src, entry), os.path.join(dst, entry)
        try:
            if _is_link(here) and symlinks:
                _relink(here, there)
            elif _is_link(here) and skip_dangling and not os.path.exists(here):
                pass
            elif _is_dir(here):
                _copy_dir(here, there, options, problems)
            else:
                copy_function(here, there)
        except Error as nested:
            problems += nested.args[0]
        except OSError as failure:
            problems.append((here, there, str(failure)))
    try:
        copystat(src, dst)
    except OSError as failure:
        problems.append((src, dst, str(failure)))


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree (symbolic links inside are removed, not followed)."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise sys.exc_info()[1]
    if _is_link(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
            return
    _rmtree(os.fspath(path), onerror)


def _rmtree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        if _is_dir(full) and not _is_link(full):
            _rmtree(full, onerror)
        else:
            _attempt(os.unlink, full, onerror)
    _attempt(os.rmdir, path, onerror)


def _attempt(func, path, onerror):
    """func(path), handing a failure to onerror(func, path, exc_info)."""
    try:
        func(path)
    except OSError:
        onerror(func, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _basename(path):
    return os.path.basename(os.fspath(path).rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Move a file or directory (rename when possible, else copy and delete);
    returns the destination."""
    final = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # a case-only rename on a case-insensitive file system
            os.rename(src, dst)
            return dst
        final = os.path.join(dst, _basename(src))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    # another file system: copy, then remove the original
    if _is_link(src):
        _relink(src, final)
        os.unlink(src)
    elif _is_dir(src):
        if _inside(dst, src):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


def _inside(inner, outer):
    """True when path `inner` is `outer` or below it."""
    a, b = (os.path.abspath(p).rstrip(os.sep) + os.sep for p in (inner, outer))
    return a.startswith(b)


_ntuple_diskusage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """Total, used and free space (bytes) of the file system holding path."""
    import _pycell_osfs
    return _ntuple_diskusage(*_pycell_osfs.disk_usage(os.fspath(path)))


def chown(path, user=None, group=None):
    raise NotImplementedError("shutil.chown is not supported by pycell")


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines): $COLUMNS/$LINES, else the terminal's, else fallback."""
    wanted = [_env_int("COLUMNS"), _env_int("LINES")]
    if min(wanted) <= 0:
        try:
            measured = tuple(os.get_terminal_size(sys.__stdout__.fileno()))
        except (AttributeError, ValueError, OSError):
            measured = tuple(fallback)
        for i in (0, 1):
            if wanted[i] <= 0:
                wanted[i] = measured[i] or fallback[i]
    return os.terminal_size(tuple(wanted))


def _env_int(name):
    try:
        return int(os.environ.get(name, "0"))
    except ValueError:
        return 0


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` on PATH (or `path`), or None."""
    if os.path.dirname(cmd):
        return cmd if _access_check(cmd, mode) else None
    if path is None:
        path = os.environ["PATH"] if "PATH" in os.environ else os.defpath
    if not path:
        return None
    tried = set()
    for folder in path.split(os.pathsep):
        if folder not in tried:
            tried.add(folder)
            candidate = os.path.join(folder, cmd)
            if _access_check(candidate, mode):
                return candidate
    return None


def make_archive(*args, **kwargs):
    raise NotImplementedError("shutil.make_archive is not supported by pycell")


def unpack_archive(*args, **kwargs):
    raise NotImplementedError("shutil.unpack_archive is not supported by pycell")
