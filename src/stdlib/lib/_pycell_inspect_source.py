"""Source retrieval for pycell's inspect: getfile, getsourcefile, getmodule,
findsource, getblock, getsourcelines, getsource, getcomments, indentsize.

Written from the inspect documentation ("Retrieving source code") and black-box
runs of CPython 3.11. A block is cut out of the file's lines with a small
scanner of logical lines (brackets, strings, backslash continuations), not with
tokenize: a def/class ends before the first code line indented no deeper than
its header; comments after the body belong to it when they sit at least as deep
as the body's first line; any other statement (a lambda's line) is one logical
line.
"""

import sys
import types
import re

_FUNC_KINDS = (types.FunctionType,)
_SOURCE_START = re.compile(r"\s*(?:@|def\s|async\s+def\s|.*(?<![\w.])lambda[:\s])")
_HEADER = re.compile(r"(?:async\s+)?def\b|class\b")
_LAMBDA_WORD = re.compile(r"(?<![\w.])lambda\b")


def indentsize(line):
    """The width of a line's leading whitespace, tabs expanded to 8 columns."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _strip_target(obj):
    # the objects whose source is their function's or code's
    if isinstance(obj, types.MethodType):
        obj = obj.__func__
    if isinstance(obj, _FUNC_KINDS):
        obj = obj.__code__
    if isinstance(obj, types.TracebackType):
        obj = obj.tb_frame
    if isinstance(obj, types.FrameType):
        obj = obj.f_code
    return obj


def getfile(object):
    """The name of the file an object was defined in."""
    if isinstance(object, types.ModuleType):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isinstance(object, type):
        owner_name = getattr(object, "__module__", None)
        if owner_name is not None:
            owner = sys.modules.get(owner_name)
            if getattr(owner, "__file__", None):
                return owner.__file__
            if owner_name == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    target = _strip_target(object)
    if isinstance(target, types.CodeType):
        return target.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def _file_lines(filename, module_globals=None):
    import linecache
    if not filename:
        return []
    linecache.checkcache(filename)
    found = linecache.getlines(filename, module_globals)
    if found or filename.startswith("<"):
        return found
    # no file system (an embedding without file access): the compiled source
    import _pycell_tb
    raw = _pycell_tb.source_lines(filename)
    if not raw:
        return []
    if raw[-1] == "":
        raw = raw[:-1]
    return [text + "\n" for text in raw]


def getsourcefile(object):
    """The Python source file of an object, or None when it cannot be found."""
    name = getfile(object)
    if not name or (name.startswith("<") and name.endswith(">")):
        import linecache
        return name if name in linecache.cache else None
    if name.endswith(".py"):
        try:
            import os
            if os.path.exists(name):
                return name
        except Exception:
            pass
    import linecache
    if name in linecache.cache:
        return name
    import _pycell_tb
    return name if _pycell_tb.source_lines(name) is not None else None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if isinstance(object, types.ModuleType):
        return object
    owner_name = getattr(object, "__module__", None)
    if isinstance(owner_name, str):
        return sys.modules.get(owner_name)
    try:
        name = _filename if _filename is not None else getfile(object)
    except TypeError:
        return None
    for mod in list(sys.modules.values()):
        if getattr(mod, "__file__", None) == name:
            return mod
    return None


def _find_class(lines, qualname):
    """0-based first line (first decorator) of the class with this qualname, the
    first one in the file's order."""
    import ast
    try:
        tree = ast.parse("".join(lines))
    except (SyntaxError, ValueError):
        return None
    pending = [(tree, "")]
    while pending:
        node, prefix = pending.pop()
        kids = []
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                path = prefix + child.name
                if path == qualname:
                    first = child.decorator_list[0].lineno if child.decorator_list else child.lineno
                    return first - 1
                kids.append((child, path + "."))
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kids.append((child, prefix + child.name + ".<locals>."))
            else:
                kids.append((child, prefix))
        pending.extend(reversed(kids))
    return None


def findsource(object):
    """All the lines of the object's file, and the 0-based line where its source
    starts; OSError when the source cannot be had."""
    try:
        name = getsourcefile(object)
    except TypeError:
        raise
    if name is None:
        name = getfile(object)
        if not (name.startswith("<") and name.endswith(">")):
            name = None
    owner = getmodule(object, name)
    lines = _file_lines(name, getattr(owner, "__dict__", None)) if name else []
    if not lines:
        raise OSError("could not get source code")
    if isinstance(object, types.ModuleType):
        return lines, 0
    if isinstance(object, type):
        found = _find_class(lines, object.__qualname__)
        if found is None:
            raise OSError("could not find class definition")
        return lines, found
    code = _strip_target(object)
    if isinstance(code, types.CodeType):
        if code.co_name == "<module>":
            return lines, 0
        at = code.co_firstlineno - 1
        if at >= len(lines):
            raise OSError("lineno is out of bounds")
        # a class body or comprehension has no line of its own that starts a
        # block: CPython walks up to the nearest def/lambda/decorator line
        while at > 0 and not _SOURCE_START.match(lines[at]):
            at -= 1
        return lines, at
    raise OSError("could not find code object")


def _logical_lines(lines):
    """(first, last, code text) of each logical line; code text drops strings and
    comments. Unbalanced closing brackets are ignored, as when the scan starts
    inside a bracket (a lambda on a list's second line)."""
    out = []
    depth = 0
    quote = None
    first = 0
    code = []
    for row, line in enumerate(lines):
        i = 0
        n = len(line)
        continued = False
        while i < n:
            ch = line[i]
            if quote is not None:
                if ch == "\\":
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    code.append(" ")
                    continue
                i += 1
                continue
            if ch == "#":
                break
            if ch in "'\"":
                quote = ch * 3 if line.startswith(ch * 3, i) else ch
                i += len(quote)
                continue
            if ch == "\\" and line[i + 1:].strip() == "":
                continued = True
                break
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth = max(depth - 1, 0)
            code.append(ch)
            i += 1
        if quote is not None and len(quote) == 1 and not continued and not line.rstrip("\r\n").endswith("\\"):
            quote = None  # an unterminated short string ends with its line
        if continued or depth > 0 or quote is not None:
            code.append(" ")
            continue
        out.append((first, row, "".join(code)))
        first = row + 1
        code = []
    if first < len(lines):
        out.append((first, len(lines) - 1, "".join(code)))
    return out


def getblock(lines):
    """The lines of the block (def, class or one statement) that starts lines."""
    logical = _logical_lines(lines)
    k = 0
    while k < len(logical):
        first, last, code = logical[k]
        text = code.strip()
        if not text or text.startswith("@"):
            k += 1
            continue
        if _HEADER.match(text):
            return lines[:_block_end(lines, logical, k) + 1]
        if _LAMBDA_WORD.search(text):
            return lines[:last + 1]
        k += 1
    return list(lines)


def _block_end(lines, logical, k):
    """Last row of the def/class whose header is logical line k."""
    head_indent = indentsize(lines[logical[k][0]])
    end = logical[k][1]
    body_indent = None
    for first, last, code in logical[k + 1:]:
        blank = not code.strip()
        indent = indentsize(lines[first])
        if blank:
            if lines[first].strip() and body_indent is not None and indent >= body_indent:
                end = last  # a comment as deep as the body
            continue
        if indent <= head_indent:
            break
        if body_indent is None:
            body_indent = indent
        end = last
    return end


def _unwrap(obj):
    seen = set()
    while hasattr(obj, "__wrapped__") and id(obj) not in seen:
        seen.add(id(obj))
        obj = obj.__wrapped__
    return obj


def getsourcelines(object):
    """The source lines of an object and the 1-based line they start at (0 for a
    whole module)."""
    object = _unwrap(object)
    lines, at = findsource(object)
    target = object.tb_frame if isinstance(object, types.TracebackType) else object
    if isinstance(target, types.ModuleType) or (
            isinstance(target, types.FrameType) and target.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[at:]), at + 1


def getsource(object):
    """The source text of an object (module, class, method, function, traceback,
    frame or code object); OSError when it cannot be found."""
    return "".join(getsourcelines(object)[0])


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a
    module's file), or None."""
    try:
        lines, at = findsource(object)
    except (OSError, TypeError):
        return None
    if isinstance(object, types.ModuleType):
        row = 1 if lines and lines[0].startswith("#!") else 0
        block = []
        while row < len(lines) and lines[row].lstrip().startswith("#"):
            block.append(lines[row].expandtabs())
            row += 1
        return "".join(block) if block else None
    if at <= 0:
        return None
    indent = indentsize(lines[at])
    row = at - 1
    block = []
    while row >= 0 and lines[row].lstrip().startswith("#") and indentsize(lines[row]) == indent:
        block.append(lines[row].expandtabs().lstrip())
        row -= 1
    if not block:
        return None
    return "".join(reversed(block))
