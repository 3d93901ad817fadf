# A seeded Random gives CPython's Mersenne Twister sequence.
import random
r = random.Random(42)
print([r.random() for _ in range(3)])
print([r.randrange(100) for _ in range(10)])
print(r.getrandbits(100))
random.seed("pycell")
print(random.randint(1, 6), random.choice("abcdef"))
