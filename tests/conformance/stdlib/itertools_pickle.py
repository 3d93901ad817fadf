# itertools objects (and map/filter/zip) pickle with their progress (3.11).
import itertools as I
import operator
import pickle


def small(x):
    return x < 3


def roundtrip(it, take=1):
    for _ in range(take):
        next(it, None)
    r = it.__reduce__()
    copy = pickle.loads(pickle.dumps(it))
    return type(copy).__name__, list(I.islice(copy, 6)), list(I.islice(it, 6))

print(I.count(3).__reduce__(), I.count(1.5, 2).__reduce__(), I.repeat('a').__reduce__())
print(roundtrip(I.count(3)), roundtrip(I.repeat('a', 3)))
print(roundtrip(I.compress('abcdef', [1, 0, 1, 1, 0, 1])))
print(roundtrip(I.dropwhile(small, [1, 2, 3, 1, 5])))
print(roundtrip(I.takewhile(small, [1, 2, 3, 1])))
print(roundtrip(I.filterfalse(None, [0, 1, 0, 2])), roundtrip(I.starmap(pow, [(2, 3), (3, 2), (1, 1)])))
print(roundtrip(I.islice(range(20), 1, 12, 3)), roundtrip(I.islice('abc', None), 0))
print(roundtrip(I.zip_longest('abc', 'd', fillvalue='-')))
print(roundtrip(I.chain('ab', 'cd'), 1), roundtrip(I.chain('ab', 'cd'), 3))
print(roundtrip(I.cycle('abc'), 1), roundtrip(I.cycle('abc'), 4))
print(roundtrip(I.accumulate([1, 2, 3, 4])), roundtrip(I.accumulate([1, 2, 3], operator.mul, initial=5), 0))
print(roundtrip(map(str, [1, 2, 3])), roundtrip(filter(None, [0, 1, 2])), roundtrip(zip('abc', [1, 2, 3])))
print(zip('a', 'b', strict=True).__reduce__()[2])
for bad in [([],), (iter('a'), [])]:
    try:
        I.chain().__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    I.cycle('defg').__setstate__((list('abc'), 'x'))
except TypeError:
    print("TypeError")
