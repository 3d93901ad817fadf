#!/usr/bin/env python3
"""Batch form of /work/shared/tools/ast_dump.py -a for tests: reads a JSON list of sources
(each a string of code points 0-255 standing for the file's bytes, or a pair
[source, mode] for ast.parse's "eval" and "single" modes) on stdin and writes a
JSON list with, per source, what `ast_dump.py -a` would print (without the newline),
except that the error line starts with the exception's class name (SyntaxError,
IndentationError, TabError, or another exception CPython raised)."""
import ast
import json
import sys

sys.setrecursionlimit(10000)
out = []
for item in json.load(sys.stdin):
    text, mode = (item, "exec") if isinstance(item, str) else item
    source = text.encode("latin-1")
    try:
        tree = ast.parse(source, filename="<test>", mode=mode)
    except SyntaxError as e:
        out.append(f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})")
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    else:
        out.append(ast.dump(tree, include_attributes=True, indent=1))
json.dump(out, sys.stdout)
