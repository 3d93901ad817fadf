# shuffle, sample (both of its algorithms) and choices with weights.
import random
r = random.Random(7)
deck = list(range(10))
r.shuffle(deck)
print(deck)
print(r.sample(range(20), 5))
print(r.sample(range(100000), 5))
print(r.choices("abc", weights=[5, 1, 1], k=10))
print(r.choices("xyz", cum_weights=[1, 2, 10], k=5))
