# __classcell__ reaches type.__new__ through a metaclass and is not an attribute.
# Context: module level (the same rule at module, class and function level).
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class WithoutCell(metaclass=Meta):
    pass
print(WithCell().f() is WithCell, hasattr(WithCell, "__classcell__"))
