# index/count/remove/in re-read the list at every step: an __eq__ that empties the
# list ends the search instead of reading past the end.
class Evil:
    def __init__(self, victim):
        self.victim = victim
    def __eq__(self, other):
        del self.victim[:]
        return False

a = []
a[:] = [Evil(a) for _ in range(10)]
try:
    a.index(None)
except ValueError as e:
    print("ValueError:", e)
a[:] = [Evil(a) for _ in range(10)]
print(a.count(None), a)
a[:] = [Evil(a) for _ in range(10)]
try:
    a.remove(None)
except ValueError as e:
    print("ValueError:", e)
a[:] = [Evil(a) for _ in range(10)]
print(None in a, a)

class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2)

class BadExc(Exception):
    pass
class BadCmp:
    def __eq__(self, other):
        if other == 2:
            raise BadExc()
        return False
try:
    [0, 1, 2, 3].index(BadCmp())
except BadExc:
    print("BadExc")
