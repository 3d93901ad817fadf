# os and os.path: pure path functions, fspath, errors
import os, os.path as P
import posixpath
print(os.path is posixpath, os.sep, os.name, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.pathsep)
for a in [("a", "b"), ("/a", "/b"), ("a/", "b"), ("", "b"), ("a", ""), ("a",), (b"a", b"c"), ("a", "b", "/c", "d")]:
    print(a, repr(P.join(*a)))
for bad in [lambda: P.join("a", b"b"), lambda: P.join("a", 1), lambda: P.join(1), lambda: P.join(b"a", "b")]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
for p in ["", "/", "//", "///", "a", "a/", "/a/b", "a/b/", "//a//b//", "a/./b/../c", "../..", "/..", "/../a", "./", ".", "a/b/../../..", "///a/../b", "a//b", b"/x/../y", ".hidden", "x.tar.gz", "a/.b", "a.b/c", "..x", "a/..b.c", "/a/b.", "....", "x."]:
    print(repr(p), P.split(p), P.splitext(p), repr(P.basename(p)), repr(P.dirname(p)), repr(P.normpath(p)), P.isabs(p), P.splitdrive(p))
print(P.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(P.commonprefix([])), P.commonprefix([[1, 2], [1, 3]]))
print(P.commonpath(["/usr/lib", "/usr/local/lib"]), P.commonpath(["a/b", "a/./b/c"]), P.commonpath(["/a"]), P.commonpath(["a", "b"]))
for bad in [lambda: P.commonpath([]), lambda: P.commonpath(["/a", "b"]), lambda: P.commonpath(["/a", b"/b"]), lambda: P.relpath("")]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(P.relpath("/a/b/c", "/a/d"), P.relpath("/a", "/a"), P.relpath("/a/b", "/"), P.relpath("/", "/x/y"))
print(P.expanduser("~x/y"), P.expanduser("a~"), P.expandvars("$NOPE_X ${NOPE_Y} $ $5 ${"))
class PL:
    def __fspath__(self): return "/p/q"
print(os.fspath(PL()), P.join(PL(), "r"), P.basename(PL()), os.fspath(b"x"))
try: os.fspath(3)
except TypeError as e: print(e)
print(isinstance(os.environ, dict) or hasattr(os.environ, "keys"), os.getenv("PYCELL_SURELY_UNSET_VAR", "dflt"))
print(P.exists("/definitely/not/here"), P.isdir("/definitely/not"), P.isfile("/nope"))
