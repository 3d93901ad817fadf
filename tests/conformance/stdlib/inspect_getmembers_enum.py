# inspect.getmembers of a class reports descriptors that refuse class access
# (enum.property) from the class dicts.
import inspect
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

members = dict(inspect.getmembers(Color))
print(sorted(k for k in members if not k.startswith('__')))
print(members['name'] is Enum.__dict__['name'], members['RED'])
