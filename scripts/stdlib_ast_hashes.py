#!/usr/bin/env python3
"""Hashes of CPython's AST dumps for every .py file of the standard library.

usage: stdlib_ast_hashes.py OUT.json

Writes {"python": VERSION, "files": {RELPATH: [SHA1_PLAIN, SHA1_POSITIONS]}}, where each
hash is the sha1 of what /work/shared/tools/ast_dump.py prints for the file (without the
trailing newline): ast.dump(indent=1) without and with positions, or the line
"SyntaxError: MSG (LINE:OFFSET)". tests/parser/stdlib.test.ts compares pycell's dumps to it.
"""
import ast
import hashlib
import json
import os
import sys
import sysconfig
from multiprocessing import Pool

STDLIB = sysconfig.get_path("stdlib")


def files():
    out = []
    for root, dirs, names in os.walk(STDLIB):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        for n in sorted(names):
            if n.endswith(".py"):
                out.append(os.path.relpath(os.path.join(root, n), STDLIB))
    return out


def sha(s):
    return hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()


def one(rel):
    path = os.path.join(STDLIB, rel)
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        h = sha(f"SyntaxError: {e.msg} ({e.lineno}:{e.offset})")
        return rel, [h, h]
    except Exception as e:  # e.g. MemoryError
        h = sha(f"{type(e).__name__}: {e}")
        return rel, [h, h]
    return rel, [sha(ast.dump(tree, indent=1)), sha(ast.dump(tree, include_attributes=True, indent=1))]


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    with Pool(os.cpu_count() or 2) as pool:
        result = dict(pool.map(one, files(), chunksize=8))
    with open(sys.argv[1], "w") as f:
        json.dump({"python": sys.version, "stdlib": STDLIB, "files": result}, f)
