# sys.getsizeof of str: the compact-object sizes of CPython (PEP 393 kinds)
import sys
for s in ['', 'a', 'ab' * 10, '\xe9', 'a\xe9', '\u20ac', 'a\u20ac' * 3, '\U0010ffff', 'a\U0001f600']:
    print(ascii(s), len(s), sys.getsizeof(s))
