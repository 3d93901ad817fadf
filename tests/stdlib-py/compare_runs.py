"""Run CPython test files twice with python3 -- once with CPython's own
unittest and test.support, once with pycell's (run_with_pycell_unittest.py)
-- and print, as JSON, what each run reported: the number of tests, the
final status line, and the verbose per-test result lines.

usage: python3 compare_runs.py LIBDIR FILE...

All runs are started at once (two processes per file) and awaited
together, to keep the wall-clock time low. Each process gets a working
directory of its own: tests create scratch files (TESTFN, "tempcwd") in
the current directory, and two runs of one file must not collide.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESULT_LINE = re.compile(r' \.\.\. (ok|FAIL|ERROR|skipped .*|expected failure|unexpected success)$')


def summarize(stderr, returncode):
    lines = stderr.splitlines()
    ran = None
    status = None
    for i, line in enumerate(lines):
        m = re.match(r'Ran (\d+) tests? in ', line)
        if m:
            ran = int(m.group(1))
            rest = [l for l in lines[i + 1:] if l.strip()]
            status = rest[0] if rest else None
    results = sorted(line.strip() for line in lines if RESULT_LINE.search(line))
    return {'ran': ran, 'status': status, 'returncode': returncode,
            'results': results}


def main():
    lib = os.path.abspath(sys.argv[1])
    files = [os.path.abspath(f) for f in sys.argv[2:]]
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
    env.pop('PYTHONPATH', None)
    procs = []
    scratch = tempfile.mkdtemp(prefix='pycell-compare-')
    try:
        for n, path in enumerate(files):
            dirs = []
            for side in ('cpython', 'pycell'):
                d = os.path.join(scratch, '%d-%s' % (n, side))
                os.mkdir(d)
                dirs.append(d)
            cpython = subprocess.Popen([sys.executable, path, '-v'], cwd=dirs[0],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       env=env, text=True, encoding='utf-8', errors='replace')
            ours = subprocess.Popen([sys.executable, os.path.join(HERE, 'run_with_pycell_unittest.py'),
                                     lib, path, '-v'], cwd=dirs[1],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=env, text=True, encoding='utf-8', errors='replace')
            procs.append((path, cpython, ours))
        report = {}
        for path, cpython, ours in procs:
            c_out, c_err = cpython.communicate()
            p_out, p_err = ours.communicate()
            report[os.path.basename(path)] = {
                'cpython': summarize(c_err, cpython.returncode),
                'pycell': summarize(p_err, ours.returncode),
            }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    json.dump(report, sys.stdout, indent=1)


main()
