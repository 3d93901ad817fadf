# list.sort: the list looks empty while sorted, and changing it from a key or a
# comparison raises ValueError afterwards (listobject.c list_sort_impl)
data = [3, 1, 2]
seen = []
def key(x):
    seen.append(len(data))
    return x
data.sort(key=key)
print(data, seen)

data = [3, 1, 2]
def grow(x):
    data.append(x)
    return x
try:
    data.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [5, 4]
def append_pop(x):
    data.append(0)
    data.pop()
    return x
try:
    data.sort(key=append_pop)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [3, 2, 1]
def clear(x):
    data.clear()
    return x
try:
    data.sort(key=clear)
except ValueError as e:
    print("ValueError:", e)
print(data)

data = [3, "a", 1]
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)
print(data)
