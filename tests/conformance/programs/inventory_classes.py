class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item
        return self
    def __getitem__(self, name):
        return self._items[name]
    def __len__(self):
        return len(self._items)
    def value(self):
        return round(sum(i.total for i in self._items.values()), 2)
    def cheapest(self, n=2):
        return sorted(self._items.values(), key=lambda i: (i.price, i.name))[:n]
inv = Inventory().add(Item("pen", 1.5, 10)).add(Item("book", 12.99)).add(Item("pen", 1.5, 5)).add(Item("cup", 4.25, 2))
print(len(inv), inv["pen"], inv.value(), inv.cheapest())
try:
    inv["lamp"]
except KeyError as e:
    print("missing", e)
