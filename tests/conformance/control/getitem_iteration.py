class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 10 in Squares())
for s in Squares():
    print(s)
try:
    iter(5)
except TypeError as e:
    print(e)
