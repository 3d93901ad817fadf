# random: one line per case; run by python3 and by pycell, the lines must be equal.
# Lines starting with "~" hold values from trig/exp-based distributions, printed to
# 13 significant digits (pycell's sin/cos may differ from glibc's by an ulp).
import random

def show(tag, f):
    try:
        print(tag, repr(f()))
    except Exception as e:
        print(tag, type(e).__name__, e)

seeds = [0, 1, -1, 2, 42, 12345, 2**31, 2**32 - 1, 2**32, 2**53 + 1, 2**64 + 5, -(2**70),
         10**30, 3.5, -0.0, 1e100, True, '', 'a', 'hello world', 'ünïcødé', b'', b'abc',
         bytearray(b'xyz'), 'x' * 300]
for s in seeds:
    r = random.Random(s)
    print('seed', repr(s)[:40], r.getrandbits(32), r.random(), r.getrandbits(1), r.getrandbits(53),
          r.getrandbits(64), r.getrandbits(100), r.getrandbits(33), r.getrandbits(0))
for v in (1, 2, 3):
    for s in (['abc', b'abc', 7] if v < 3 else [7]):
        r = random.Random()
        show(f'version {v} {s!r}', lambda: (r.seed(s, version=v), r.random())[1])

r = random.Random(2024)
for n in [1, 2, 3, 5, 7, 10, 100, 1000, 2**31, 2**32, 2**32 + 1, 2**53, 2**60 + 3, 10**20, 10**40]:
    print('randbelow', n, [r.randrange(n) for _ in range(5)])
for args in [(0, 10), (-5, 5), (10, 0, -1), (0, 100, 7), (100, 0, -7), (5, 6), (-(10**20), 10**20, 3)]:
    print('randrange', args, [r.randrange(*args) for _ in range(6)])
print('randint', [r.randint(1, 6) for _ in range(30)])
print('randint big', [r.randint(-(2**70), 2**70) for _ in range(3)])
for bad in [(0,), (5, 5), (5, 2), (1, 10, 0), (1, 2, 3, 4), (10.5,), ('3',), (1, 10.5), (1, 10, 2.5), (10, None, 2)]:
    show(f'randrange bad {bad!r}', lambda: r.randrange(*bad))
show('randint bad', lambda: r.randint(1, 0))

r = random.Random(99)
print('choice', [r.choice('abcdefgh') for _ in range(20)], r.choice(range(10**6)), r.choice((1,)))
show('choice empty', lambda: r.choice([]))
for n in [0, 1, 2, 5, 10, 50, 200]:
    x = list(range(n))
    r.shuffle(x)
    print('shuffle', n, x)
for s in range(20):
    r = random.Random(s)
    print('sample', s, r.sample(range(30), 6), r.sample(range(10**6), 8), r.sample('abcdefghij', 10),
          r.sample(range(100), 25), r.sample(range(2000), 30), r.sample(range(5), 0))
r = random.Random(5)
print('sample counts', r.sample(['red', 'blue'], counts=[4, 2], k=5), r.sample('ab', 3, counts=[2, 1]))
for bad in [({1, 2}, 1), ([1, 2], 3), ([1, 2], -1), ({'a': 1}, 1)]:
    show(f'sample bad {bad!r}', lambda: r.sample(*bad))
show('sample counts bad 1', lambda: r.sample([1, 2], 1, counts=[1]))
show('sample counts bad 2', lambda: r.sample([1, 2], 1, counts=[0, 0]))
show('sample counts bad 3', lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]))
for s in range(10):
    r = random.Random(s)
    print('choices', s, r.choices('abcde', k=8), r.choices(range(7), [1, 2, 3, 4, 5, 6, 7], k=8),
          r.choices('xyz', cum_weights=[1, 5, 6], k=6), r.choices([1, 2], [0.1, 0.9]), r.choices('ab', k=0))
for kw in [dict(weights=[1], cum_weights=[1]), dict(weights=[1, 2, 3]), dict(weights=[0, 0]),
           dict(weights=[1, float('inf')]), dict(weights=[-1, 1])]:
    show(f'choices bad {kw!r}', lambda: r.choices([1, 2], **kw))
show('choices positional k', lambda: r.choices([1, 2], 3))
show('choices empty', lambda: r.choices([], k=1))

for s in range(12):
    r = random.Random(s)
    print('uniform', r.uniform(1, 10), r.uniform(-5, 5), r.triangular(), r.triangular(0, 10, 3),
          r.triangular(1, 1), r.paretovariate(2.5), r.expovariate(1.5), r.weibullvariate(2, 3))
    print('gamma', r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(4.5, 1), r.normalvariate(), r.normalvariate(10, 2), r.lognormvariate(0, 0.5))
    vals = [r.gauss(), r.gauss(), r.gauss(5, 2), r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0),
            r.vonmisesvariate(2, 1e-7), r.vonmisesvariate(3, 0.5),
            r.betavariate(2, 5), r.betavariate(0.5, 0.5)]
    print('~trig', [float('%.13g' % v) for v in vals])
show('gamma bad', lambda: r.gammavariate(0, 1))
show('expovariate no arg', lambda: r.expovariate())
print('randbytes', random.Random(3).randbytes(0), random.Random(3).randbytes(1), random.Random(3).randbytes(13))
show('randbytes bad', lambda: r.randbytes(-1))
show('getrandbits bad', lambda: r.getrandbits(-1))
show('getrandbits float', lambda: r.getrandbits(2.0))

r = random.Random(77)
r.random(); r.gauss()
st = r.getstate()
print('state', st[0], len(st[1]), st[1][-1], st[1][:3], st[2] is not None)
a = [r.random() for _ in range(5)] + [r.gauss()]
r.setstate(st)
print('restore', a == [r.random() for _ in range(5)] + [r.gauss()])
r2 = random.Random(0)
r2.setstate(st)
print('copy state', r2.random() == random.Random(77).random() or True, r2.getstate() == st)
for bad in [(2, (1,) * 625, None), (3, (1,) * 624, None), (3, (1,) * 624 + (625,), None),
            (3, (1,) * 624 + (-1,), None), (3, (1,) * 623 + (-1, 624), None), (3, (1,) * 623 + (2**64, 624), None),
            (3, (1,) * 623 + (1.5, 624), None), (4, (1,) * 625, None), (3, (1,) * 625), [3, (1,) * 625, None],
            (3, [1] * 625, None)]:
    show(f'setstate bad {str(bad)[:12]}', lambda: r.setstate(bad))

# module-level functions share one hidden instance
random.seed(123)
print('module', random.random(), random.randint(0, 100), random.choice('xyz'), random.sample(range(50), 4),
      random.getrandbits(20), random.uniform(0, 1))
random.seed('spam')
print('module str', random.random())

class OnlyRandom(random.Random):
    def random(self):
        return 0.3
class MyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0
o = OnlyRandom(1)
print('subclass random', o.randrange(10), o.choice('abcdef'), o.sample(range(10), 3), o.uniform(0, 10))
show('subclass zero', lambda: o._randbelow(0))
mb = MyBits(4)
print('subclass bits', mb.randrange(1000), mb.random(), isinstance(mb, random.Random), MyBits.__mro__[1:])
print('system', isinstance(random.SystemRandom().random(), float), 0 <= random.SystemRandom().randrange(10) < 10,
      len(random.SystemRandom().randbytes(4)), random.SystemRandom().getrandbits(8) < 256)
show('system state', lambda: random.SystemRandom().getstate())
print('consts', random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print('all', sorted(random.__all__))
show('seed type', lambda: random.Random((1, 2)))
