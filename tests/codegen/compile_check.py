#!/usr/bin/env python3
"""Prints, as JSON, which of the given files CPython's compile() rejects (one process)."""
import json
import sys

bad = []
for path in json.load(sys.stdin):
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        bad.append(path)
print(json.dumps(bad))
