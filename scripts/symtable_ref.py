#!/usr/bin/env python3
"""CPython's side of the symtable stdlib test, for many files in one process.

usage: symtable_ref.py hashes ROOT   one line per .py file under ROOT (site-packages
                                     excluded), sorted: RELPATH <tab> sha1 of the dump
                                     <tab> sha1 of code_lines (or - when the file does
                                     not compile)
       symtable_ref.py asts ROOT     one line per file: RELPATH <tab> CPython's AST as
                                     JSON (the shapes of scripts/py_ast_json.py), or
                                     RELPATH <tab> null when it does not parse
       symtable_ref.py dump FILE     the dump itself
       symtable_ref.py codes FILE    code_lines of the compiled FILE
       symtable_ref.py nameops       reads a JSON list of sources; writes for each the
                                     [co_name, opname, name] of every name instruction
       symtable_ref.py snippets      reads a JSON list of sources (or [source, mode]) on stdin;
                                     writes a JSON
                                     list of {"dump", "ast", "error", "codes"} (error is
                                     [msg, lineno, offset, end_lineno, end_offset] or null,
                                     codes is code_lines or null when compile() fails)

The dump is exactly what /work/shared/tools/symtable_dump.py prints (its loop is
repeated here so that one process serves every file); a file that cannot even be
decoded gives "Error: <exception type>", where the tool would print a traceback.
"""
import ast
import hashlib
import json
import os
import symtable
import sys
import tokenize
import warnings

warnings.simplefilter("ignore")  # compile() warns about some test files; not our concern



def conv(v):
    """CPython's node as plain JSON, as scripts/py_ast_json.py writes it."""
    if isinstance(v, ast.AST):
        d = {"_type": type(v).__name__}
        for f in v._fields:
            d[f] = conv(getattr(v, f, None))
        for a in v._attributes:
            d[a] = getattr(v, a, None)
        return d
    if isinstance(v, list):
        return [conv(x) for x in v]
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": repr(v)}
    if isinstance(v, complex):
        return {"$complex": repr(v.imag)}
    if isinstance(v, bytes):
        return {"$bytes": list(v)}
    if v is ...:
        return {"$ellipsis": True}
    raise TypeError(type(v))

SCOPES = {0: "NONE", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAGS = ["parameter", "assigned", "referenced", "imported", "nonlocal",
         "declared_global", "annotated", "namespace"]


def dump_table(table, depth, out):
    pad = "  " * depth
    extra = " nested" if table.is_nested() else ""
    out.append(f"{pad}{table.get_type()} {table.get_name()} line {table.get_lineno()}{extra}")
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = [f for f in FLAGS if getattr(sym, "is_" + f)()]
        scope = SCOPES[sym._Symbol__scope]
        out.append(f"{pad}  {sym.get_name()}: {scope} {' '.join(flags)}".rstrip())
    for child in table.get_children():
        dump_table(child, depth + 1, out)


def dump_file(path):
    with open(path, "rb") as f:
        source = f.read()
    out = []
    try:
        text = source.decode(tokenize.detect_encoding(iter(source.splitlines(True)).__next__)[0])
        top = symtable.symtable(text, path, "exec")
    except SyntaxError as e:
        out.append(f"SyntaxError: {e.msg} ({e.lineno}:{e.offset})")
    except Exception as e:  # the tool itself would die with a traceback here
        out.append(f"Error: {type(e).__name__}")
    else:
        dump_table(top, 0, out)
    return "\n".join(out) + "\n"


# co_flags that come from the symtable: VARARGS, VARKEYWORDS, NESTED, GENERATOR,
# COROUTINE, ASYNC_GENERATOR
SCOPE_CO_FLAGS = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def code_info(code):
    found = []

    def walk(co):
        found.append([co.co_name, list(co.co_varnames), list(co.co_cellvars), list(co.co_freevars),
                      co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
                      co.co_flags & SCOPE_CO_FLAGS])
        for c in co.co_consts:
            if hasattr(c, "co_code"):
                walk(c)

    walk(code)
    return sorted(found, key=json.dumps)


def code_lines(code):
    """The code objects of a module as sorted text lines, one per code object:
    name|varnames|cellvars|freevars|argcount|posonlyargcount|kwonlyargcount|flags"""
    return "\n".join(sorted(
        "|".join([c[0], ",".join(c[1]), ",".join(c[2]), ",".join(c[3])] + [str(n) for n in c[4:]])
        for c in code_info(code)))


def snippet(source, mode="exec"):
    result = {"dump": None, "ast": None, "error": None, "codes": None}
    try:
        result["ast"] = conv(ast.parse(source, mode=mode))
        out = []
        dump_table(symtable.symtable(source, "<snippet>", mode), 0, out)
        result["dump"] = "\n".join(out) + "\n"
    except SyntaxError as e:
        result["error"] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        return result
    try:
        result["codes"] = code_lines(compile(source, "<snippet>", mode))
    except SyntaxError:
        pass
    return result


NAME_OPS = {"FAST", "DEREF", "CLASSDEREF", "GLOBAL", "NAME"}


def name_ops(code):
    """[co_name, opname, name] of every instruction that reaches a name, in all code
    objects of code (LOAD_FAST x, STORE_DEREF y, LOAD_GLOBAL z ...)."""
    import dis
    found = []

    def walk(co):
        for ins in dis.get_instructions(co):
            kind, _, family = ins.opname.partition("_")
            if kind in ("LOAD", "STORE", "DELETE") and family in NAME_OPS:
                found.append([co.co_name, ins.opname, ins.argval])
        for c in co.co_consts:
            if hasattr(c, "co_code"):
                walk(c)

    walk(code)
    return found


def py_files(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not (dirpath == root and d == "site-packages"))
        for name in filenames:
            if name.endswith(".py"):
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return sorted(found)


def main():
    mode = sys.argv[1]
    target = sys.argv[2] if len(sys.argv) > 2 else ""
    out = sys.stdout
    if mode == "dump":
        out.write(dump_file(target))
        return
    if mode == "codes":
        with open(target, "rb") as f:
            out.write(code_lines(compile(f.read(), target, "exec")) + "\n")
        return
    if mode == "nameops":
        json.dump([name_ops(compile(src, "<snippet>", "exec")) for src in json.load(sys.stdin)], out)
        return
    if mode == "snippets":
        json.dump([snippet(src) if isinstance(src, str) else snippet(*src) for src in json.load(sys.stdin)], out)
        return
    for rel in py_files(target):
        path = os.path.join(target, rel)
        if mode == "hashes":
            digest = hashlib.sha1(dump_file(path).encode("utf-8", "surrogateescape")).hexdigest()
            try:
                with open(path, "rb") as f:
                    code = compile(f.read(), path, "exec")
                codes = hashlib.sha1(code_lines(code).encode("utf-8", "surrogateescape")).hexdigest()
            except (SyntaxError, ValueError, UnicodeError):
                codes = "-"
            out.write(f"{rel}\t{digest}\t{codes}\n")
        elif mode == "asts":
            try:
                with open(path, "rb") as f:
                    tree = ast.parse(f.read(), path)
                payload = json.dumps(conv(tree), separators=(",", ":"))
            except (SyntaxError, ValueError, UnicodeError):
                payload = "null"
            out.write(f"{rel}\t{payload}\n")
        else:
            raise SystemExit(f"unknown mode {mode}")


main()
