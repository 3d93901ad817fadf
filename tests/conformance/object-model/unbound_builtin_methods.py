# a built-in type's method called through the class checks its first argument
class Thing:
    pass
for f, a in [(list.sort, (Thing(),)), (str.split, (Thing(),)), (str.upper, (Thing(),)),
             (str.__add__, (Thing(), "abc")), (list.append, ()), (dict.keys, ([],))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
print(list.append is list.append, list.__add__ == list.__dict__['__add__'])
print(str.upper("a"), list(map(str.strip, [" a "])), int.__add__(True, 2))
class L(list):
    pass
l = L()
L.append(l, 3)
list.append(l, 4)
print(l, repr(list.append))
print(hasattr(1, '__matmul__'), hasattr(1.0, '__and__'), hasattr(1j, '__mod__'), hasattr(1j, '__truediv__'))
for e in ["1.0 << 1", "1 @ 2", "1j % 1", "3.0.__format__(None)", "object().__format__(1)"]:
    try:
        eval(e)
    except TypeError as x:
        print(x)
