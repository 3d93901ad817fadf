#!/usr/bin/env python3
"""Regenerate the expected results of the conformance programs from CPython.

For every program TOPIC/NAME.py under tests/conformance/ (programs live one folder
down; files directly in tests/conformance/ are tooling) this writes
  TOPIC/NAME.out  exact stdout, with memory addresses normalised to 0x…
  TOPIC/NAME.err  two lines: `exit: N` and `stderr-last: <last stderr line>`
by running `python3 NAME.py` with cwd = TOPIC, PYTHONHASHSEED=0, stdin closed and a
timeout. conformance.test.ts reads the same files and applies the same normalisation
(keep `normalise` and `last_line` in step with it).

usage:
  regen.py                 regenerate every program
  regen.py PATH...         regenerate only these programs (paths or TOPIC/NAME.py)
  regen.py --check [PATH...]
                           regenerate nothing; rerun with PYTHONHASHSEED=0..3 and
                           report programs whose output is machine- or seed-dependent
                           or differs from the committed files
"""
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 10
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def normalise(text):
    return ADDRESS.sub("0x\u2026", text)


def last_line(stderr):
    lines = stderr.rstrip().split("\n")
    return lines[-1].rstrip() if lines else ""


def programs(args):
    if args:
        found = []
        for a in args:
            p = os.path.abspath(a if os.path.exists(a) else os.path.join(HERE, a))
            if not (p.endswith(".py") and os.path.isfile(p)):
                sys.exit(f"regen.py: not a program: {a}")
            found.append(p)
        return found
    found = []
    for top in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, top)
        if not os.path.isdir(d):
            continue
        for root, dirs, files in os.walk(d):
            dirs.sort()
            found += [os.path.join(root, f) for f in sorted(files) if f.endswith(".py")]
    return found


def run(path, seed="0"):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run(
            [sys.executable, "-s", os.path.basename(path)],
            cwd=os.path.dirname(path), env=env, stdin=subprocess.DEVNULL,
            capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    out = normalise(p.stdout.decode("utf-8", "surrogateescape"))
    err = f"exit: {p.returncode}\nstderr-last: {normalise(last_line(p.stderr.decode('utf-8', 'replace')))}\n"
    return out, err


def read(path):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def main(argv):
    check = "--check" in argv
    paths = programs([a for a in argv if a != "--check"])
    problems = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        if check:
            jobs = {p: tuple(pool.submit(run, p, seed) for seed in "0123") for p in paths}
        else:
            jobs = {p: (pool.submit(run, p, "0"),) for p in paths}
        for p, futures in jobs.items():
            rel = os.path.relpath(p, HERE)
            results = [f.result() for f in futures]
            if results[0] is None:
                print(f"{rel}: timed out after {TIMEOUT}s (programs must finish quickly)")
                problems += 1
                continue
            out, err = results[0]
            base = p[:-3]
            if check:
                if any(r != results[0] for r in results[1:]):
                    print(f"{rel}: output depends on PYTHONHASHSEED")
                    problems += 1
                if read(base + ".out") != out or read(base + ".err") != err:
                    print(f"{rel}: differs from the committed .out/.err")
                    problems += 1
            else:
                write(base + ".out", out)
                write(base + ".err", err)
    print(f"{len(paths)} programs, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
