#!/usr/bin/env python3
"""Dumps CPython's AST of FILE as JSON in pycell's node shapes (src/ast/nodes.ts).

A test aid: it lets the stages after the parser (symtable, codegen) be checked on
CPython's own trees. Load the output with tests/support/astjson.ts.
"""
import ast
import json
import math
import sys


def conv(v):
    if isinstance(v, ast.AST):
        d = {"_type": type(v).__name__}
        for f in v._fields:
            d[f] = conv(getattr(v, f, None))
        for a in v._attributes:
            d[a] = getattr(v, a, None)
        return d
    if isinstance(v, list):
        return [conv(x) for x in v]
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
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


src = open(sys.argv[1], "rb").read()
print(json.dumps(conv(ast.parse(src, sys.argv[1]))))
