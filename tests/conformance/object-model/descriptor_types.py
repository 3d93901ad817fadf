# the types of built-in descriptors read from classes, and their attributes
import types

for d in (str.lower, int.__add__, complex.real, float.real, object.__init__, list.append):
    print(type(d).__name__, repr(d), d.__qualname__, d.__objclass__.__name__)
print(str.lower.__get__("AB")(), str.lower("CD"), str.lower == str.lower)
print([].__add__.__objclass__ is list, isinstance(str.lower, types.BuiltinFunctionType))
print(types.MethodDescriptorType is type(str.lower), types.WrapperDescriptorType is type(int.__add__))
