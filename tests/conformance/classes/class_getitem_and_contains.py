class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
class Evens:
    def __iter__(self):
        return iter(range(0, 10, 2))
print(4 in Evens(), 5 in Evens(), list[int], dict[str, int])
