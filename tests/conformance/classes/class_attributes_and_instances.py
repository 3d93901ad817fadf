class K:
    items = []
    def add(self, v):
        self.items.append(v)

a, b = K(), K()
a.add(1)
b.add(2)
print(K.items, a.items is b.items)
a.items = ["own"]
print(a.items, b.items, K.items)
print(sorted(k for k in K.__dict__ if not k.startswith("__")), a.__dict__, b.__dict__)
