# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, islice, pairwise, zip_longest
from itertools import *
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['ab', 'cd'])), type(chain.from_iterable([])).__name__)
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, 0, 2])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(pairwise('abcd')), list(pairwise('a')))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('ab', 'c', fillvalue=0)))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10)); print(list(islice(it, 0, 5, 3)), list(it))
it = iter(range(10)); print(list(islice(it, 2)), list(it))
