# getstate/setstate restore the generator, including gauss's cached value.
import random
r = random.Random(3)
r.gauss()
state = r.getstate()
print(state[0], len(state[1]), state[2] is not None)
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)])
try:
    r.setstate((3, (0,) * 10, None))
except ValueError as e:
    print("ValueError:", e)
