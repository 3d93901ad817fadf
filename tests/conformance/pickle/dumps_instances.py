# class instances: __reduce_ex__ of plain, slotted, keyword-new and built-in
# subclasses, __getstate__/__setstate__, classes and functions by reference
import pickle


class Plain:
    pass


class Slotted:
    __slots__ = ('a', '__b')

    def __init__(self):
        self.a = 1
        self.__b = 2


class Both:
    __slots__ = ('a', '__dict__')


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, st):
        self.v = st['v'] + 1


class KwNew:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.got = (args, kwargs)
        return self

    def __getnewargs_ex__(self):
        return (1,), {'k': 2}


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class Outer:
    class Inner:
        pass


def func():
    pass


p = Plain()
p.x = 1
p.y = [p]
s = Slotted()
b = Both()
b.a = 1
b.z = 2
ml = MyList([1, 2])
ml.attr = 'x'
md = MyDict(a=1)
objs = [p, s, b, State(4), KwNew(), ml, md, MyInt(7), MyStr('s'), Outer.Inner(),
        Plain, Outer.Inner, func, len, type(None), int.__add__]
for o in objs:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        print(proto, data)
        back = pickle.loads(data)
        if callable(back):
            print('same object:', back is o)
        else:
            print(type(back).__name__, getattr(back, '__dict__', back))
print(pickle.loads(pickle.dumps(s, 2)).__dict__ if hasattr(s, '__dict__') else 'no dict')
s2 = pickle.loads(pickle.dumps(s, 2))
print(s2.a, s2._Slotted__b)
k = pickle.loads(pickle.dumps(KwNew(), 2))
print(k.got)
k = pickle.loads(pickle.dumps(KwNew(), 4))
print(k.got)
print(pickle.loads(pickle.dumps(State(4))).v)
