# pydoc: text documentation of functions and methods, and its helpers
import io
import pydoc


def f(a, b=2, *args, c, **kw):
    """Do things.

    More text here.
    """


def g():
    pass


class C:
    def m(self, x):
        "meth"


print(repr(pydoc.render_doc(f)))
print(repr(pydoc.render_doc(g)))
print(repr(pydoc.render_doc(lambda x: x)))
print(repr(pydoc.plain(pydoc.render_doc(f))))
print(repr(pydoc.render_doc(C.m)), repr(pydoc.render_doc(C().m)))
print(pydoc.describe(f), pydoc.describe(int), pydoc.describe(pydoc), pydoc.describe(3), pydoc.describe(len))
print(pydoc.getdoc(f), repr(pydoc.getdoc(g)), pydoc.splitdoc(pydoc.getdoc(f)), pydoc.splitdoc("one"))
print(pydoc.classname(int, 'builtins'), pydoc.classname(pydoc.Helper, 'x'))
print(pydoc.visiblename('_x'), pydoc.visiblename('__init__'), pydoc.visiblename('x', all=['y']), pydoc.visiblename('__doc__'))
print(pydoc.isdata(3), pydoc.isdata(f), pydoc.isdata(int))
out = io.StringIO()
pydoc.Helper(output=out)(f)
print(repr(out.getvalue()))
print(pydoc.render_doc(f, title='T %s'))
