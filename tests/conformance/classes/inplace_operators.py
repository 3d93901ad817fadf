class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
class Plain:
    def __init__(self, n):
        self.n = n
    def __add__(self, v):
        return Plain(self.n + v)
a = Acc()
alias = a
a += 1
a += 2
print(a.items, a is alias)
p = Plain(1)
q = p
p += 5
print(p.n, q.n, p is q)
