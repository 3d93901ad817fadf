"""dis for pycell. pycell compiles Python to JavaScript: there is no CPython
bytecode to disassemble, so dis(), disassemble(), get_instructions(),
Bytecode, findlinestarts() and stack_effect() raise NotImplementedError
(docs/differences.md). What needs no bytecode works: code_info() and
show_code() describe a code object from its co_* attributes, pretty_flags()
names its flags."""

import sys
import types

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "cmp_op", "pretty_flags", "COMPILER_FLAG_NAMES", "stack_effect"]

cmp_op = ("<", "<=", "==", "!=", ">", ">=")

# the CO_* bits of inspect / the code object documentation
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_NO_BYTECODE = "dis: pycell has no bytecode (it compiles Python to JavaScript)"


def _unsupported(what):
    raise NotImplementedError("%s is not supported by pycell (%s)" % (what, _NO_BYTECODE))


def pretty_flags(flags):
    """The names of the CO_* bits set in `flags`, comma-separated."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """The code object of a method, function, class, generator, coroutine,
    code object or source string."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    if isinstance(x, str):
        x = compile(x, "<disassembly>", "exec")
    if hasattr(x, "co_code") or hasattr(x, "co_varnames"):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Formatted details of a code object (what pycell's code objects hold)."""
    co = _get_code_object(x)
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, show in (("Constants", co.co_consts, repr),
                               ("Names", co.co_names, str),
                               ("Variable names", co.co_varnames, str),
                               ("Free variables", co.co_freevars, str),
                               ("Cell variables", co.co_cellvars, str)):
        if items:
            lines.append(title + ":")
            for i, item in enumerate(items):
                lines.append("%4d: %s" % (i, show(item)))
    return "\n".join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    _unsupported("dis.dis()")


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    _unsupported("dis.disassemble()")


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    _unsupported("dis.distb()")


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    _unsupported("dis.get_instructions()")


def findlinestarts(code):
    _unsupported("dis.findlinestarts()")


def findlabels(code):
    _unsupported("dis.findlabels()")


def stack_effect(opcode, oparg=None, *, jump=None):
    _unsupported("dis.stack_effect()")


class Instruction:
    def __init__(self, *args, **kwargs):
        _unsupported("dis.Instruction")


class Bytecode:
    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        _unsupported("dis.Bytecode")
