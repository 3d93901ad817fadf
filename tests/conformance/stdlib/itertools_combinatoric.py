# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import *

print(list(product('ab', range(3))), list(product('ab', repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('abcd', 2)))
print(list(permutations(range(3))), list(permutations(range(3), 4)), list(permutations([], 0)), list(permutations('ab', 0)))
print(list(combinations(range(5), 3)), list(combinations('', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ab', 3)), list(combinations_with_replacement(range(3), 2)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(4), repeat=4)))
