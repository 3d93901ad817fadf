#!/usr/bin/env python3
"""Runs many small Python programs in ONE python3 process and prints, as JSON, each
one's stdout, exit status and last stderr line (what the pycell tests compare).

Input (stdin): a JSON list of program sources. Each runs in a fresh namespace named
__main__; uncaught exceptions are reported as CPython's traceback last line would be.
"""
import io
import json
import sys

def run(src):
    out = io.StringIO()
    old_out = sys.stdout
    sys.stdout = out
    code, last = 0, ""
    limit = sys.getrecursionlimit()
    try:
        compiled = compile(src, "<snippet>", "exec")
        exec(compiled, {"__name__": "__main__", "__builtins__": __builtins__})
    except SystemExit as e:
        c = e.code
        if c is None:
            code = 0
        elif isinstance(c, int):
            code = c & 0xFF
        else:
            code, last = 1, str(c)
    except BaseException as e:
        code = 1
        # the C-level hook prints what `python3 FILE` prints (with "Did you mean")
        err = io.StringIO()
        old_err = sys.stderr
        sys.stderr = err
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
        finally:
            sys.stderr = old_err
        lines = [l for l in err.getvalue().splitlines() if l.strip()]
        last = lines[-1] if lines else ""
    finally:
        sys.stdout = old_out
        sys.setrecursionlimit(limit)
    return {"stdout": out.getvalue(), "exit": code, "last": last}

print(json.dumps([run(s) for s in json.load(sys.stdin)]))
