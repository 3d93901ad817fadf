class Dog:
    species = "canis"

    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def __repr__(self):
        return f"Dog({self.name!r})"

d = Dog("Rex").add_trick("sit").add_trick("roll")
e = Dog("Fido")
print(d, e, d.tricks, e.tricks, d.species, Dog.species)
Dog.species = "lupus"
print(d.species, e.species)
d.species = "own"
print(d.species, e.species, Dog.__name__, Dog.__qualname__)
