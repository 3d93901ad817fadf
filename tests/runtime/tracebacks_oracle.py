#!/usr/bin/env python3
"""Prints, as JSON, the whole stderr CPython writes for each program given as a
path on stdin (a JSON list): run in ONE python3 process, each file as __main__,
the uncaught exception printed by the C-level hook without this driver's frame."""
import io
import json
import sys

def run(path):
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    out = io.StringIO()
    err = io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        exec(compile(src, path, "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
    except BaseException as e:
        e.__traceback__ = e.__traceback__.tb_next
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        sys.stdout, sys.stderr = old
    return err.getvalue()

print(json.dumps([run(p) for p in json.load(sys.stdin)]))
