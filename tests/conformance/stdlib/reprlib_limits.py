# reprlib: size limits per container kind, nesting levels, long str/int/other reprs, recursive_repr
import reprlib, collections, array
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(10))), r(set(range(10))), r(frozenset(range(10))), r({i: i for i in range(10)}))
print(r("x" * 100), r(2 ** 200), r(collections.deque(range(10))), r(array.array("i", range(10))), r([[[[[[[[1]]]]]]]]))
print(r([]), r(()), r((1,)), r(set()), r(frozenset()), r({}), r("short"), r(12), r([1, "a" * 50]))
class Big:
    def __repr__(self): return "B" * 50
print(r(Big()), r([Big()]), r({"k" * 40: [1, 2, 3, 4, 5, 6, 7]}))
a = reprlib.Repr(); a.maxlist = 2; a.maxstring = 10; a.maxlevel = 1
print(a.repr(list(range(5))), a.repr("abcdefghijklmnop"), a.repr([[1, 2], [3]]), a.repr({"a": {"b": 1}}))
class MyList(list):
    @reprlib.recursive_repr()
    def __repr__(self): return "<" + "|".join(map(repr, self)) + ">"
m = MyList([1, 2]); m.append(m); print(m)
class Other:
    @reprlib.recursive_repr("!!")
    def __repr__(self): return f"Other({self.x!r})"
o = Other(); o.x = [o]; print(repr(o), Other.__repr__.__name__, Other.__repr__.__qualname__, Other.__repr__.__doc__)
print(r(-2 ** 200), r(1.5), r(True), r(None), r(b"x" * 100), r(range(100)), r("a'b" * 20))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxdict, reprlib.aRepr.maxstring, reprlib.aRepr.maxother, reprlib.aRepr.maxlong, reprlib.aRepr.maxlevel)
