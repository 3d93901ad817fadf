# pathlib: pure POSIX paths (parsing, parts, joining, suffixes, relative_to, match)
import pickle
from pathlib import Path, PosixPath, PurePath, PurePosixPath as P

for s in ["", ".", "/", "//", "///", "//a/b", "a/./b/../c/", "/a//b", "a/b.tar.gz", ".bashrc", "a/..", "..", "x."]:
    p = P(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive), repr(p.name),
          repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute())
print(list(P("/a/b/c").parents), P("/a/b/c").parents[-1], P("a/b/c").parents[0:2], len(P("a/b").parents))
print(P("/a/b/c").relative_to("/a"), P("/a/b").relative_to("/", "a"), P("a/b").is_relative_to("a"), P("a").relative_to(""))
for f in [lambda: P("a").relative_to("b"), lambda: P("/a").relative_to("a"), lambda: P("a").with_name(""),
          lambda: P("a").with_name("b/c"), lambda: P("/").with_name("x"), lambda: P("a").with_suffix("b"),
          lambda: P("a").with_suffix("."), lambda: P("").with_suffix(".x"), lambda: P("a/b").with_suffix("./x"),
          lambda: P(b"x"), lambda: P("a") < "b", lambda: P("a").as_uri(), lambda: P("").with_stem("x"),
          lambda: P("a").parents[5], lambda: P("a").match("")]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(P("a/b.py").match("*.py"), P("/a/b.py").match("/*.py"), P("/a/b.py").match("a/*.py"), P("a/b.py").match("b/*.py"),
      P("/a/b.py").match("/a/*.py"), P("A.PY").match("*.py"))
print(P("/x y/é").as_uri(), P("a") / "b" / P("/c"), "x" / P("y"), P("a", "b/c", P("d")), P("a").joinpath("b", "c"))
print(P("a") == P("a"), P("a") == "a", P("a") < P("b"), sorted([P("b"), P("a/c"), P("a"), P("/z")]),
      hash(P("a")) == hash(P("a")), P("a") == Path("a"))
print(P("a").with_suffix(""), P("a.b").with_suffix(".c"), P("a.b").with_stem("z"), P("a/b").with_name("c.d"),
      bytes(P("a")), P("a").as_posix(), P("/a").is_reserved())
print(P("/a/b").__reduce__(), pickle.loads(pickle.dumps(P("/a/b"))) == P("/a/b"))
print(type(PurePath("a")).__name__, type(Path("a")).__name__, repr(Path("/x")), isinstance(Path("a"), P),
      isinstance(Path("a"), PosixPath), Path("a", "b").parent, Path("/x").expanduser())
import os
print(os.fspath(P("a/b")), os.path.join(P("a"), "b"), str(Path("/a") / "b"))
