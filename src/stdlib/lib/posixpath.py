"""Pathname operations on POSIX paths (pycell's os.path).

Pure string functions; the ones that look at the file system (exists, isfile, isdir,
getsize) and the working directory go through the host (_pycell_os).
"""
import _pycell_os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "getsize", "exists", "lexists", "isdir", "isfile", "islink", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "curdir", "pardir",
           "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    f = getattr(t, "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" % (t.__name__, type(r).__name__))


def _arg(func, p):
    # the argument check of genericpath._check_arg_types, per function name
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    if getattr(t, "__fspath__", None) is not None:
        return _fspath(p)
    raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r" % (func, t.__name__))


def _seps(p):
    return ("/", ".", "", "~") if isinstance(p, str) else (b"/", b".", b"", b"~")


def _same_kind(func, parts):
    has_str = has_bytes = False
    for p in parts:
        if isinstance(p, str):
            has_str = True
        else:
            has_bytes = True
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components")


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    parts = [_arg("join", b) for b in p]
    _same_kind("join", [a] + parts)
    slash = _seps(a)[0]
    path = a
    if not parts:
        path[:0] + slash  # join(x) still type-checks like CPython (str + str)
    for b in parts:
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, empty, _ = _seps(p)
    s = p.rfind(slash)
    d = p.rfind(dot)
    if d > s:
        k = s + 1
        while k < d:
            if p[k:k + 1] != dot:
                return p[:d], p[d:]
            k += 1
    return p, empty


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = _fspath(path)
    slash, dot, empty, _ = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    lead = 0
    while lead < len(path) and path[lead:lead + 1] == slash:
        lead += 1
    # POSIX keeps exactly two leading slashes; one or three or more become one
    prefix = slash * 2 if lead == 2 else (slash if lead else empty)
    out = []
    for comp in path.split(slash):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not prefix and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    return (prefix + slash.join(out)) or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _pycell_os.getcwd().encode()
        else:
            cwd = _pycell_os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, with every symbolic link on the way resolved."""
    path = abspath(filename)
    if isinstance(path, bytes):
        import os
        return os.fsencode(_follow_links(os.fsdecode(path), strict))
    return _follow_links(path, strict)


def _follow_links(path, strict):
    import os
    done = "/"
    todo = path.split("/")
    hops = 0
    while todo:
        name = todo.pop(0)
        if name in ("", "."):
            continue
        if name == "..":
            done = dirname(done)
            continue
        candidate = join(done, name)
        mode = _lstat_mode(candidate)
        if mode is None:
            if strict:
                os.lstat(candidate)  # raises the OSError
            done = candidate
            continue
        if (mode & 0o170000) != 0o120000:
            done = candidate
            continue
        hops += 1
        if hops > 40:
            # a link cycle: CPython stops there too (strict raises ELOOP)
            if strict:
                import errno
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), candidate)
            return join(candidate, *todo) if todo else candidate
        target = os.readlink(candidate)
        if target.startswith("/"):
            done = "/"
        todo = target.split("/") + todo
    return done


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    curdir_, pardir_ = (".", "..") if isinstance(path, str) else (b".", b"..")
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    _same_kind("relpath", [path, start])
    slash = _seps(path)[0]
    a = [x for x in abspath(start).split(slash) if x]
    b = [x for x in abspath(path).split(slash) if x]
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    rel = [pardir_] * (len(a) - i) + b[i:]
    if not rel:
        return curdir_
    return join(*rel)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    _same_kind("commonpath", paths)
    slash, dot = _seps(paths[0])[:2]
    split_paths = [p.split(slash) for p in paths]
    try:
        absolute, = {p[:1] == slash for p in paths}
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return (slash if absolute else slash[:0]) + slash.join(common)


def expanduser(path):
    path = _fspath(path)
    slash, _, _, tilde = _seps(path)
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no password database in pycell
    home = _pycell_os.environ().get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def _name_char(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode("latin-1")).encode("latin-1")
    if "$" not in path:
        return path
    env = _pycell_os.environ()
    try:
        import os as _os
        env = _os.environ
    except Exception:
        pass
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(c)
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and _name_char(path[j]):
                j += 1
            if j == i + 1:
                out.append(c)
                i += 1
                continue
            name = path[i + 1:j]
            end = j
        if name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return "".join(out)


def _stat(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        p = p.decode()
    return _pycell_os.stat(p)


def exists(path):
    try:
        return _stat(path) is not None
    except (TypeError, ValueError):
        return False


def _lstat_mode(path):
    """st_mode of the path itself (a symlink is not followed), None if it is missing."""
    import os
    try:
        return os.lstat(path).st_mode
    except (OSError, TypeError, ValueError, AttributeError, NotImplementedError):
        return None


def lexists(path):
    # a broken symlink exists as a link
    return _lstat_mode(path) is not None or exists(path)


def isfile(path):
    try:
        st = _stat(path)
    except (TypeError, ValueError):
        return False
    return st is not None and st[0] == "file"


def isdir(s):
    try:
        st = _stat(s)
    except (TypeError, ValueError):
        return False
    return st is not None and st[0] == "dir"


def islink(path):
    mode = _lstat_mode(path)
    return mode is not None and (mode & 0o170000) == 0o120000


def ismount(path):
    return abspath(path) in ("/", b"/")


def getsize(filename):
    st = _stat(filename)
    if st is None:
        raise FileNotFoundError(2, "No such file or directory", filename)
    return st[1]


def samefile(f1, f2):
    return abspath(f1) == abspath(f2) and exists(f1)
