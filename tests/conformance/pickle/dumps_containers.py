# containers: tuples of every size, lists, dicts, sets, batches of 1000, sharing
import pickle

shared = [1, 2]
values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, 'a', None], {},
          {1: 2, 'a': [3]}, set(), {5}, {1, 2, 3}, frozenset(), frozenset({3}),
          [shared, shared], (shared, shared), {'k': shared, 'j': (shared,)},
          [[[]]], ((),), frozenset(range(5))]
for v in values:
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        s = pickle.dumps(v, p)
        back = pickle.loads(s)
        print(p, len(s), s[:100], s[-30:], back == v)
t = pickle.loads(pickle.dumps((shared, shared)))
print(t[0] is t[1])
