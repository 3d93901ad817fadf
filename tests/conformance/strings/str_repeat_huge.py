# str * n past what memory holds: MemoryError, or OverflowError past PY_SSIZE_T_MAX
import sys
for s, n in [('a', sys.maxsize), ('a', sys.maxsize - 48), ('ab', 2 ** 62), ('ab', 2 ** 61),
             ('\u20ac', 2 ** 62), ('xyz', sys.maxsize // 2), ('', sys.maxsize)]:
    try:
        r = s * n
        print(len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
