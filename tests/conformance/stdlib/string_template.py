# string.Template: substitute, safe_substitute, identifiers, errors, subclass delimiter
import string

T = string.Template
for s in ['$a $$ ${b}c', 'x$', '$1', 'a\nb $ c', '${a', '${}', '$ab_9c!', '$A', '${ a}',
          '$é', '$$$a', 'a\n$', 'a\r\n\n  $ ', '$_x_', '${_}y$']:
    t = T(s)
    for f in [lambda: t.substitute(a=1, b=2, ab_9c=3, A=4), lambda: t.safe_substitute(a=1),
              lambda: t.substitute({'a': 5}, b=6), lambda: t.get_identifiers(), lambda: t.is_valid()]:
        try:
            print(repr(s), repr(f()))
        except Exception as e:
            print(repr(s), type(e).__name__, e)

print(T.delimiter, T.idpattern, T.braceidpattern)

class D(T):
    delimiter = '%'

print(D('%x %% %{y} %').safe_substitute(x=1, y=2))
print(D('%x %% %{y}').substitute({'x': [1]}, y=(2,)))
try:
    T('$x').substitute({}, {})
except TypeError as e:
    print("TypeError")
try:
    T('$x').substitute()
except KeyError as e:
    print("KeyError", e)
print(T('x').template, T('$who likes $what').substitute(who='tim', what='kung pao'))
print(T('$x').substitute({'x': 1}, x=2))
