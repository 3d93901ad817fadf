"""Clean-room guard for the Python-source standard library (src/stdlib/lib).

pycell's modules are its own code: CPython's Lib may not be copied, from its files or
reproduced from memory. This counts, per file, the lines longer than 25 characters
(stripped) that occur verbatim somewhere in CPython's Lib (its tests excluded), leaving
out `def`/`class` lines (API signatures), `raise` lines and lines that start a string
(error messages and docstrings of the public API must match). Code written
independently matches on 4-9% of such lines (idioms like `return self.__class__(self)`);
reproduced code on 20-60%.

usage:
  python3 scripts/clean_room.py FILE...          per-file counts, and the matching lines
  python3 scripts/clean_room.py --guard          every file of src/stdlib/lib over the
                                                 limit and not in the pending list:
                                                 printed; exit status 1 if any
CPython's files are only hashed; nothing of them is printed.
"""
import glob
import os
import re
import sys
import sysconfig

LIMIT_PERCENT = 15
LIMIT_LINES = 8
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PENDING = os.path.join(ROOT, 'tests', 'stdlib-py', 'clean-room-pending.txt')


# lines the public API dictates: signatures, imports, error messages, docstrings' first
# lines, `__all__`, public constants (`ROUND_UP = 'ROUND_UP'`) and `self.name = name` (an
# attribute named after its constructor parameter)
FORCED = re.compile(r'''(def|class|raise|from|import) |["']|self\.(\w+) = \2$|__all__|[A-Z][A-Z0-9_]* = ''')


def reference_lines():
    std = sysconfig.get_path('stdlib')
    ref = set()
    for pattern in ('*.py', '*/*.py', '*/*/*.py'):
        for path in glob.glob(os.path.join(std, pattern)):
            rel = os.path.relpath(path, std)
            if rel.startswith(('test' + os.sep, 'site-packages', 'idlelib', 'lib2to3')) or os.sep + 'test' in rel:
                continue
            with open(path, encoding='utf-8', errors='replace') as f:
                ref.update(hash(s) for s in (line.strip() for line in f) if len(s) > 25)
    return ref


def matches(path, ref):
    long_lines, hits = 0, []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            text = line.strip()
            if len(text) <= 25:
                continue
            long_lines += 1
            if hash(text) in ref and not FORCED.match(text):
                hits.append(number)
    return long_lines, hits


def over_limit(long_lines, hits):
    return len(hits) >= LIMIT_LINES and 100 * len(hits) >= LIMIT_PERCENT * long_lines


def pending():
    if not os.path.exists(PENDING):
        return set()
    with open(PENDING, encoding='utf-8') as f:
        return {line.split('#')[0].strip() for line in f if line.split('#')[0].strip()}


def main(args):
    ref = reference_lines()
    if args[:1] == ['--guard']:
        lib = os.path.join(ROOT, 'src', 'stdlib', 'lib')
        allowed = pending()
        bad = []
        for path in sorted(glob.glob(os.path.join(lib, '**', '*.py'), recursive=True)):
            rel = os.path.relpath(path, ROOT)
            long_lines, hits = matches(path, ref)
            if over_limit(long_lines, hits) and rel not in allowed:
                bad.append('%s: %d of %d lines (%.0f%%)' % (rel, len(hits), long_lines, 100 * len(hits) / long_lines))
        if bad:
            print('clean-room check FAILED: these files repeat CPython\'s Lib verbatim (limit %d%%):' % LIMIT_PERCENT)
            for line in bad:
                print('  ' + line)
            print('pycell may not reproduce CPython\'s code, from its files or from memory. Write the\n'
                  'module in your own structure, names, comments and docstrings (API names and error\n'
                  'messages excepted). See the lines: python3 scripts/clean_room.py FILE')
            return 1
        return 0
    for path in args:
        long_lines, hits = matches(path, ref)
        print('%s: %d of %d lines (%.1f%%)%s at %s' % (path, len(hits), long_lines, 100 * len(hits) / max(long_lines, 1),
              ' OVER THE LIMIT' if over_limit(long_lines, hits) else '', hits))
    return 0


sys.exit(main(sys.argv[1:]))
