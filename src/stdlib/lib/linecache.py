"""Cache lines from Python source files (getline, getlines, checkcache, clearcache,
lazycache, updatecache).

Files are read through the host's file capability (_pycell_fs); a pycell embedded
without file access sees no lines (an empty string, as for a missing file).
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a lazy entry
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of a source file, or '' when there is no such line."""
    found = getlines(filename, module_globals)
    return found[lineno - 1] if 0 < lineno <= len(found) else ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, updating it if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(fullname):
    """(size, mtime) of a file, or None when the host cannot say."""
    try:
        import os
        st = os.stat(fullname)
    except Exception:
        return None
    return getattr(st, 'st_size', None), getattr(st, 'st_mtime', None)


def checkcache(filename=None):
    """Discard cache entries whose file changed on disk (all of them, or one)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue            # not from a file we can check (lines given directly)
        now = _stat(fullname)
        if now is None or now != (size, mtime):
            cache.pop(name, None)


def _read(path):
    """The text of a file, or None."""
    try:
        import _pycell_fs
    except ImportError:
        _pycell_fs = None       # another Python running this module: its open()
    try:
        if _pycell_fs is not None:
            data = _pycell_fs.read(path)
        else:
            with open(path, 'rb') as f:
                data = f.read()
    except Exception:
        return None
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('latin-1')


def _compiled_source(filename):
    """The text of a file this interpreter compiled, when the host cannot read files
    (an embedding without file access still has the sources it ran)."""
    try:
        import _pycell_tb
    except ImportError:
        return None
    lines = []
    while True:
        line = _pycell_tb.source_line(filename, len(lines) + 1)
        if line is None:
            break
        lines.append(line)
    if not lines:
        return None
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines) + '\n'


def _split(text):
    # the lines as a file read with universal newlines gives them (readlines(): only
    # \n, \r and \r\n end a line), the last one given its missing newline
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    if text and text[-1] != '\n':
        text += '\n'
    return [line + '\n' for line in text.split('\n')[:-1]]


def _pseudo(filename):
    # '<stdin>', '<string>'...: names of sources that are no file
    return not filename or filename[:1] == '<' and filename[-1:] == '>'


def updatecache(filename, module_globals=None):
    """Read a file into the cache and return its lines ([] when it cannot be read)."""
    entry = cache.pop(filename, None)
    if _pseudo(filename):
        return []
    if entry is not None and len(entry) == 1:
        try:
            data = entry[0]()
        except Exception:
            data = None
        if data is not None:
            lines = _split(data)
            cache[filename] = (len(data), None, lines, filename)
            return lines
    text = None
    fullname = filename
    text = _read(fullname)
    if text is None:
        text = _compiled_source(filename)
    if text is None:
        if lazycache(filename, module_globals):
            return updatecache(filename, module_globals)  # now through the loader
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            candidate = (dirname.rstrip('/') + '/' + filename) if dirname else filename
            text = _read(candidate)
            if text is not None:
                fullname = candidate
                break
        else:
            return []
    lines = _split(text)
    stat = _stat(fullname)
    size, mtime = stat if stat is not None else (len(text), None)
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get a module's source (its loader's get_source) without
    reading it yet; True when that is possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _pseudo(filename) or not module_globals:
        return False
    name = module_globals.get('__name__')
    loader = module_globals.get('__loader__') or getattr(module_globals.get('__spec__'), 'loader', None)
    source_of = getattr(loader, 'get_source', None)
    if not name or source_of is None:
        return False
    cache[filename] = (lambda: source_of(name),)
    return True
