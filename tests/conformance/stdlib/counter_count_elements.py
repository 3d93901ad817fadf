from collections import Counter, defaultdict, OrderedDict
import _collections
print(_collections._count_elements, _collections._count_elements.__module__)
c = Counter("abracadabra"); print(c, c.most_common(2))
c.update("aab"); print(c)
class MyC(Counter):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
print(MyC("aba"))
class G(dict):
    def get(self, k, d=None):
        print("get", k); return dict.get(self, k, d)
d = G(); _collections._count_elements(d, "xyx"); print(d)
d = {"a": 2**53 - 1, "b": True, "c": 1.5}; _collections._count_elements(d, "abcabc"); print(d)
try: Counter([[1]])
except TypeError as e: print(e)
try: _collections._count_elements(5, "a")
except Exception as e: print(type(e).__name__, e)
try: _collections._count_elements({}, 5)
except Exception as e: print(type(e).__name__, e)
dd = defaultdict(list); dd['a'].append(1); print(dd, dd['b'])
class DD(dict):
    def __missing__(self, k): return k * 2
x = DD(); print(x['ab']); x['q'] = 1; print(x)
class DG(dict):
    def __getitem__(self, k): return 42
print(DG(a=1)['a'])
od = OrderedDict(); od['z'] = 1; od['a'] = 2; print(od)
