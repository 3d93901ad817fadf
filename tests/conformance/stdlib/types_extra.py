# types: ModuleType, SimpleNamespace, MappingProxyType, new_class/prepare_class/resolve_bases,
# DynamicClassAttribute, GenericAlias/UnionType names
import types
m = types.ModuleType("mymod", "doc")
print(m, m.__name__, m.__doc__)
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns == types.SimpleNamespace(a=1, b="x"), ns != types.SimpleNamespace(a=2))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0), type(mp), mp == {"k": 1}, mp.copy(), mp | {"j": 2})
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
C = types.new_class("C", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.update(x=5))
print(C, C.x, type(C).__name__)
print(types.prepare_class("D", (), {"metaclass": Meta, "a": 2}))
print(types.resolve_bases((int, str)))
class E:
    @types.DynamicClassAttribute
    def dyn(self):
        return "inst"
print(E().dyn)
try:
    E.dyn
except AttributeError:
    print("AttributeError on class")
print(types.GenericAlias(list, (int,)), types.UnionType, types.NoneType, types.FunctionType.__name__)
