# itertools: count, cycle, repeat (lazily, with reprs)
from itertools import count, cycle, repeat, islice

print(count(), count(5), count(2.5), count(1, 2), count(1, 1.0), count(0, -1))
c = count(3); next(c); print(c, list(islice(c, 3)))
print(list(islice(count(2 ** 64), 2)), list(islice(count(0.5, 0.25), 3)), list(islice(count(10, -3), 4)))
print(repeat('a', 3), repeat('a'), repeat('a', -2), list(repeat(7, 3)), list(map(pow, range(5), repeat(2))))
r = repeat(1, 3); next(r); print(r, r.__length_hint__())
print(list(islice(cycle('ab'), 5)), list(cycle([])))
for t in ['count("a")', 'count(1, "a")', 'repeat()', 'cycle()', 'repeat(1).__length_hint__()']:
    try:
        eval(t)
    except TypeError as e:
        print(t, e)
print(type(count()), count.__name__, count.__module__)
