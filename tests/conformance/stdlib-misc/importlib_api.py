# importlib: import_module, reload, specs and loaders without touching files
import sys
import importlib
import importlib.util
import importlib.machinery
import importlib.abc

m = importlib.import_module("json.decoder")
print(m.__name__, m is sys.modules["json.decoder"])
print(importlib.import_module(".decoder", "json") is m)
print(importlib.import_module("..encoder", "json.decoder").__name__)
for args in [(".b",), ("..b", "a"), ("",), ("no_such_mod_zz",), ("json.nope",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))

print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
for a in [("..x", "a"), (".x", None)]:
    try:
        importlib.util.resolve_name(*a)
    except ImportError as e:
        print(type(e).__name__, e)

print(importlib.util.find_spec("sys"))
print(importlib.util.find_spec("no_such_mod_zz"))
try:
    importlib.util.find_spec("no_such_mod_zz.sub")
except ModuleNotFoundError as e:
    print("MNF", e)
try:
    importlib.util.find_spec("math.sub")
except ModuleNotFoundError as e:
    print("MNF", e)
print(importlib.util.find_spec("json").submodule_search_locations is not None)
print(importlib.util.find_spec("json.decoder").parent)

s = importlib.util.spec_from_file_location("foo", "/tmp/foo.py")
print(s.name, s.origin, repr(s.parent), s.has_location, s.submodule_search_locations)
print(type(s.loader).__name__, s.loader.name, s.loader.path)
print(importlib.util.spec_from_file_location("pk", "/tmp/pk/__init__.py").submodule_search_locations)
print(importlib.util.spec_from_file_location("x", "/tmp/x.txt"))
print(importlib.machinery.ModuleSpec("a.b", None))
s = importlib.machinery.ModuleSpec("a", None, is_package=True)
print(s, s.parent, s == importlib.machinery.ModuleSpec("a", None, is_package=True))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BuiltinImporter)
print(importlib.util.cache_from_source("/a/b.py"), importlib.util.source_from_cache("/a/__pycache__/b.cpython-311.pyc"))
print(repr(importlib.util.decode_source(b"a\r\nb\rc")))


class StringLoader(importlib.abc.Loader):
    def __init__(self, text):
        self.text = text
        self.runs = 0

    def exec_module(self, module):
        self.runs += 1
        exec(self.text, module.__dict__)


loader = StringLoader("counter = globals().get('counter', 0) + 1\ndef hello():\n    return 'hi from ' + __name__\n")
spec = importlib.util.spec_from_loader("strmod", loader, origin="a string")
mod = importlib.util.module_from_spec(spec)
print(mod, mod.__spec__ is spec, mod.__loader__ is loader, repr(mod.__package__))
sys.modules["strmod"] = mod
spec.loader.exec_module(mod)
print(mod.hello(), mod.counter)
try:
    importlib.reload(mod)
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    importlib.util.find_spec("strmod")
except ValueError as e:
    print("ValueError", e)
import strmod
print(strmod is mod)
del sys.modules["strmod"]


class OnlyExec:
    def exec_module(self, m):
        pass


try:
    importlib.util.module_from_spec(importlib.machinery.ModuleSpec("z", OnlyExec()))
except ImportError as e:
    print(e)
for bad in [3, type(sys)("zzz")]:
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
print(issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder))
importlib.invalidate_caches()
print(importlib.reload(importlib.import_module("sys")).__name__)
import textwrap
textwrap.marker = 1
print(importlib.reload(textwrap) is textwrap, textwrap.marker, textwrap.dedent("  a\n  b"))
