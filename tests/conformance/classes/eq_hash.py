class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)

print(P(1) == P(1), P(1) != P(2), P(1) == 1, len({P(1), P(1), P(2)}))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
