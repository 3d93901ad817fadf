# itertools: argument errors
from itertools import *

tests = ['islice("abc", -1)', 'islice("abc", "x")', 'islice("abc", 1, 2, 0)', 'islice("abc", 1, 2, 3, 4)', 'islice()',
         'islice("abc", -1, 2)', 'islice("a", None, None, -1)', 'accumulate()', 'list(chain(1))', 'list(chain.from_iterable([1]))',
         'compress("abc")', 'pairwise()', 'tee("a", -1)', 'product("ab", repeat=-1)', 'permutations("abc", -1)',
         'combinations("abc", -1)', 'combinations("abc")', 'zip_longest("a", x=1)', 'groupby()', 'starmap(len)',
         'list(starmap(len, [1]))', 'takewhile(len)', 'accumulate([1], initial=0, foo=1)', 'zip_longest(1)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
