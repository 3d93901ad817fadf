"""pydoc for pycell, written from the pydoc documentation and black-box
comparison with CPython: plain-text documentation of functions and methods
(render_doc, doc, Helper), and the helpers other modules use (getdoc,
splitdoc, describe, classname, visiblename, plain). Documenting a class or a
module (CPython's TextDoc) and the interactive help browser are not done yet:
they raise NotImplementedError."""

import builtins
import inspect
import sys
import types

__all__ = ["help"]


def _unsupported(what):
    raise NotImplementedError("pydoc: %s is not supported by pycell" % what)


def getdoc(object):
    """The object's docstring, cleaned up (common indentation removed); '' if none."""
    text = getattr(object, "__doc__", None)
    if not isinstance(text, str):
        return ""
    return _dedent_doc(text).rstrip()


def _dedent_doc(text):
    """A docstring as inspect.cleandoc leaves it: tabs expanded, the indentation
    shared by the lines after the first removed, blank edges dropped."""
    lines = text.expandtabs().split("\n")
    body = [line for line in lines[1:] if line.strip()]
    margin = min((len(line) - len(line.lstrip()) for line in body), default=0)
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def splitdoc(doc):
    """(synopsis, rest) of a docstring: a one-line summary, a blank line, rest."""
    lines = doc.strip().split("\n")
    if len(lines) == 1:
        return lines[0], ""
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], "\n".join(lines[2:])
    return "", "\n".join(lines)


def classname(object, modname):
    """A class's name, qualified by its module unless that is `modname`."""
    home = object.__module__
    return object.__name__ if home == modname else "%s.%s" % (home, object.__name__)


def isdata(object):
    """True for objects documented as data (not modules, classes, routines...)."""
    tests = (inspect.ismodule, inspect.isclass, inspect.isroutine, inspect.isframe,
             inspect.istraceback, inspect.iscode)
    return not any(test(object) for test in tests)


_HIDDEN = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__",
           "__doc__", "__file__", "__spec__", "__loader__", "__module__", "__name__",
           "__package__", "__path__", "__qualname__", "__slots__", "__version__"}


def visiblename(name, all=None, obj=None):
    """Whether pydoc shows the attribute `name` (a public name or a dunder)."""
    if name in _HIDDEN:
        return 0
    if name.startswith("__") and name.endswith("__"):
        return 1
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    if all is not None:
        return name in all
    return not name.startswith("_")


def plain(text):
    """Text without the backspace overstrikes that mark bold."""
    out = []
    for ch in text:
        if ch == "\b":
            if out:
                out.pop()
        else:
            out.append(ch)
    return "".join(out)


def _bold(text):
    return "".join(ch + "\b" + ch for ch in text)


def describe(thing):
    """A short description of what kind of object `thing` is."""
    if isinstance(thing, types.ModuleType):
        kind = "package" if hasattr(thing, "__path__") else "module"
        return "%s %s" % (kind, thing.__name__)
    for test, kind in _KINDS:
        if test(thing):
            return "%s %s" % (kind, thing.__name__)
    return type(thing).__name__


_KINDS = ((inspect.isbuiltin, "built-in function"), (inspect.isclass, "class"),
          (inspect.isfunction, "function"), (inspect.ismethod, "method"))


def _indent(text, prefix="    "):
    if not text:
        return ""
    return "\n".join((prefix + line).rstrip() if line.strip() else prefix
                     for line in text.split("\n"))


def _signature(obj):
    try:
        found = inspect.signature(obj)
    except ValueError:
        # a built-in without __text_signature__
        return "(...)"
    return str(found)


def _document_routine(obj, name=None):
    """CPython's TextDoc.docroutine for functions, methods and builtins."""
    realname = obj.__name__
    name = name or realname
    note = ""
    skip_self = False
    if inspect.ismethod(obj):
        owner = obj.__self__
        # 3.11 says "method of <type of __self__> instance" for class methods too
        # ("builtins.type instance"); "class method of" came later
        note = " method of %s instance" % classname(type(owner), None)
        obj = obj.__func__
        skip_self = True
    if realname == "<lambda>":
        title = _bold(name) + " lambda "
        arguments = _signature(obj)[1:-1]
        if skip_self and arguments:
            arguments = arguments.split(", ", 1)[1] if ", " in arguments else ""
        head = title + arguments
    else:
        signature = _signature(obj)
        if skip_self and signature.startswith("("):
            inner = signature[1:signature.index(")") if ")" in signature else -1]
            rest = signature[len(inner) + 1:]
            params = inner.split(", ", 1)
            signature = "(" + (params[1] if len(params) > 1 else "") + rest
        head = _bold(name) + signature
    head += note
    doc = getdoc(obj)
    return head + "\n" + (_indent(doc) + "\n" if doc else "")


def _module_of(obj):
    target = obj.__func__ if inspect.ismethod(obj) else obj
    return getattr(target, "__module__", None)


def render_doc(thing, title="Python Library Documentation: %s", forceload=0, renderer=None):
    """The documentation text of `thing` (bold as backspace overstrikes)."""
    if type(thing) is str:
        _unsupported("documenting a name given as a string")
    if not inspect.isroutine(thing):
        _unsupported("documenting %s objects (only functions and methods are)" % type(thing).__name__)
    desc = describe(thing)
    module = _module_of(thing)
    if module:
        desc += " in module " + module
    return title % desc + "\n\n" + _document_routine(thing)


def doc(thing, title="Python Library Documentation: %s", forceload=0, output=None):
    """Print the documentation of `thing` (to `output`, else stdout, plain)."""
    text = plain(render_doc(thing, title, forceload))
    if output is None:
        sys.stdout.write(text)
    else:
        output.write(text)


class Helper:
    """What the interactive help() uses: Helper(output=f)(thing) writes the
    documentation of `thing` to f."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    # like CPython's, the streams are looked up when used: sys.stdout may change
    input = property(lambda self: sys.stdin if self._input is None else self._input)
    output = property(lambda self: sys.stdout if self._output is None else self._output)

    def __repr__(self):
        return ("Type help() for interactive help, or help(object) for help about object.")

    def __call__(self, request=None):
        if request is None:
            _unsupported("interactive help")
        self.help(request)

    def help(self, request):
        if type(request) is str:
            _unsupported("help on a topic or name given as a string")
        doc(request, "Help on %s:", output=self.output)
        self.output.write("\n")


help = Helper()
