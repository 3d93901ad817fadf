"""Clean-room check for pycell's unittest and test.support: for each .py file
given, count the lines longer than 25 characters (stripped) that also occur
verbatim in CPython's Lib/unittest/*.py or Lib/test/support/*.py.

CPython's files are read only to build a set of line hashes; nothing of them
is printed. Our matching lines are reported by line number, split into
`def`/`class` lines (public API signatures, unavoidable) and others.

usage: python3 tests/stdlib-py/clean_room_check.py $(find src/stdlib/lib/unittest src/stdlib/lib/test -name '*.py')
       python3 tests/stdlib-py/clean_room_check.py --all-lib FILE...   (against every
       module of CPython's Lib except its tests: for any module written here)
"""
import glob
import hashlib
import os
import re
import sys
import sysconfig


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def reference_hashes(all_lib=False):
    std = sysconfig.get_path('stdlib')
    hashes = set()
    patterns = ('*.py', '*/*.py', '*/*/*.py') if all_lib else ('unittest/*.py', 'test/support/*.py')
    for pattern in patterns:
        if all_lib and pattern != '*.py' and (pattern.startswith('test') or 'site-packages' in pattern):
            continue
        for path in glob.glob(os.path.join(std, pattern)):
            rel = os.path.relpath(path, std)
            if all_lib and (rel.startswith(('test' + os.sep, 'site-packages', 'idlelib', 'lib2to3')) or os.sep + 'test' in rel):
                continue
            with open(path, encoding='utf-8', errors='replace') as f:
                hashes.update(digest(s) for s in (line.strip() for line in f) if len(s) > 25)
    return hashes


def main():
    args = sys.argv[1:]
    all_lib = args[:1] == ['--all-lib']
    known = reference_hashes(all_lib)
    total_long = total_sig = total_other = 0
    for path in args[1:] if all_lib else args:
        with open(path, encoding='utf-8') as f:
            lines = f.read().splitlines()
        long_lines = 0
        sig, other = [], []
        for number, line in enumerate(lines, 1):
            text = line.strip()
            if len(text) <= 25:
                continue
            long_lines += 1
            if digest(text) in known:
                (sig if re.match(r'(def|class) ', text) else other).append(number)
        total_long += long_lines
        total_sig += len(sig)
        total_other += len(other)
        print('%-50s long=%4d signatures=%3d other=%3d (%4.1f%%) other at %s' % (
            path, long_lines, len(sig), len(other), 100.0 * len(other) / max(long_lines, 1), other))
    print('TOTAL long=%d matching=%d (%.1f%%): signatures %d, other %d (%.1f%%)' % (
        total_long, total_sig + total_other, 100.0 * (total_sig + total_other) / max(total_long, 1),
        total_sig, total_other, 100.0 * total_other / max(total_long, 1)))


main()
