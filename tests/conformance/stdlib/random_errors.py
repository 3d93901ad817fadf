# randrange/choice/sample errors with CPython's messages.
import random
r = random.Random(1)
for call in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0),
             lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2),
             lambda: r.getrandbits(-1), lambda: random.Random([1])]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
