# PEP 562: a module's __getattr__ answers for the names the module lacks, for
# attribute access, hasattr/getattr and `from m import name`
import sys
import types

mod = types.ModuleType("dyn")
mod.plain = "plain"

def lookup(name):
    # (importlib also asks for __path__ during `from dyn import ...`)
    if not name.startswith("__"):
        print("lookup", name)
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")

mod.__getattr__ = lookup
sys.modules["dyn"] = mod

import dyn
print(dyn.plain, dyn.auto_x)
print(hasattr(dyn, "auto_y"), hasattr(dyn, "other"), getattr(dyn, "other", "default"))
from dyn import auto_z, plain
print(auto_z, plain)
try:
    from dyn import missing
except ImportError as e:
    print("ImportError", e)
try:
    dyn.nothing
except AttributeError as e:
    print("AttributeError", e)

# errors other than AttributeError propagate
def broken(name):
    raise KeyError(name)

mod.__getattr__ = broken
try:
    dyn.anything
except KeyError as e:
    print("KeyError", e)

# functools reaches threading's RLock only when asked
import functools
print(functools.RLock.__name__)
try:
    functools.not_there
except AttributeError as e:
    print("AttributeError", e)
