class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "base hello"

class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")

class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def hello(self):
        return "leaf + " + super().hello()

l = Leaf()
print(l.log, l.hello(), super(Leaf, l).hello())
