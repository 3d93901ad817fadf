# batches of 1000 items: APPENDS/SETITEMS/ADDITEMS, and the empty last batch
# that exact dicts and sets get when their size is a multiple of 1000
import pickle

for v in (list(range(1001)), {i: -i for i in range(1001)}, set(range(1000)), {i: 0 for i in range(1000)}):
    s = pickle.dumps(v, 4)
    print(type(v).__name__, len(s), s[:30], s[-20:], pickle.loads(s) == v)
s = pickle.dumps(list(range(1001)), 1)
print(len(s), s[-20:])
