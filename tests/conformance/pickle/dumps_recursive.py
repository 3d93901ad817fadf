# recursive structures: the memo makes the loaded copy point at itself
import pickle

r = [1]
r.append(r)
d = {'a': 1}
d['self'] = d
t = ([],)
t[0].append(t)
big = [1, 2, 3, 4]
bt = (big, 5, 6, 7)
big.append(bt)
for v in (r, d, t, bt):
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        s = pickle.dumps(v, p)
        print(p, s)
        back = pickle.loads(s)
        print(repr(back))
r2 = pickle.loads(pickle.dumps(r))
print(r2[1] is r2)
d2 = pickle.loads(pickle.dumps(d))
print(d2['self'] is d2)
t2 = pickle.loads(pickle.dumps(t))
print(t2[0][0] is t2)
