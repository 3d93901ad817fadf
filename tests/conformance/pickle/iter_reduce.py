# built-in iterators reduce to iter(seq) or their class plus a position, and
# __setstate__ moves them; pickle round-trips them mid-way
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def adv(it, n=1):
    for _ in range(n): next(it)
    return it
t(lambda: iter([1,2,3]).__reduce__())
t(lambda: adv(iter([1,2,3])).__reduce__())
t(lambda: adv(iter([1,2,3]),3).__reduce__())
t(lambda: adv(iter((1,2,3))).__reduce__())
t(lambda: adv(iter((1,2,3)),3).__reduce__())
t(lambda: adv(iter('abc')).__reduce__())
t(lambda: adv(iter('abc'),3).__reduce__())
t(lambda: adv(iter(b'abc')).__reduce__())
t(lambda: adv(iter(bytearray(b'abc'))).__reduce__())
t(lambda: adv(iter(range(5))).__reduce__())
t(lambda: adv(iter(range(5)),5).__reduce__())
t(lambda: adv(iter(range(2**70, 2**70+5))).__reduce__())
t(lambda: adv(iter({1:2,3:4})).__reduce__())
t(lambda: adv(iter({1:2,3:4}.values())).__reduce__())
t(lambda: adv(iter({1:2,3:4}.items())).__reduce__())
t(lambda: adv(iter({1,2,3})).__reduce__())
t(lambda: adv(reversed([1,2,3])).__reduce__())
t(lambda: adv(reversed([1,2,3]),3).__reduce__())
t(lambda: adv(reversed((1,2,3))).__reduce__())
t(lambda: adv(reversed(range(4))).__reduce__())
t(lambda: adv(reversed('abc')).__reduce__())
t(lambda: adv(enumerate('abc', 5)).__reduce__())
t(lambda: adv(zip('ab', 'cd')).__reduce__())
t(lambda: adv(zip('ab', 'cd', strict=True)).__reduce__())
t(lambda: adv(map(str, [1,2])).__reduce__())
t(lambda: adv(filter(None, [1,2])).__reduce__())
class S:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
t(lambda: adv(iter(S())).__reduce__())
t(lambda: adv(iter(int, 1)).__reduce__())
it = iter([1,2,3,4]); it.__setstate__(2); t(lambda: list(it))
it = iter([1,2,3,4]); it.__setstate__(-5); t(lambda: list(it))
it = iter([1,2,3,4]); it.__setstate__(10); t(lambda: list(it))
it = iter('abcd'); it.__setstate__(2); t(lambda: list(it))
it = iter(range(10)); it.__setstate__(7); t(lambda: list(it))
it = reversed([1,2,3,4]); it.__setstate__(1); t(lambda: list(it))
it = reversed([1,2,3,4]); it.__setstate__(10); t(lambda: list(it))
it = iter((1,2,3)); t(lambda: it.__setstate__('x'))
import pickle
for p in range(6):
    print(p, pickle.dumps(adv(iter([1,2,3])), p))
    print(p, pickle.dumps(adv(enumerate([1,2,3])), p))
t(lambda: list(pickle.loads(pickle.dumps(adv(iter([1,2,3]))))))
t(lambda: list(pickle.loads(pickle.dumps(adv(zip([1,2,3],'abc'))))))
t(lambda: list(pickle.loads(pickle.dumps(adv(map(abs, [-1,-2,-3]))))))
t(lambda: list(pickle.loads(pickle.dumps(adv(reversed([1,2,3]))))))
