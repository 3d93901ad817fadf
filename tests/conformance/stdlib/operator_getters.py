# operator: itemgetter, attrgetter (dotted), methodcaller, with reprs
import operator as o

print(o.itemgetter(1), o.itemgetter(1, 'a'), o.attrgetter('a.b'), o.attrgetter('a', 'b'), o.methodcaller('f', 1, k=2), o.methodcaller('f'))
print(o.itemgetter(1)('abc'), o.itemgetter(1, 2)([1, 2, 3]), o.itemgetter('k')({'k': 5}), o.itemgetter(slice(2))('abcd'))
class A:
    pass
a = A(); a.b = A(); a.b.c = 42; a.name = 'n'
print(o.attrgetter('b.c')(a), o.attrgetter('name', 'b.c')(a), o.methodcaller('split', ',')('a,b'), o.methodcaller('split', sep=',', maxsplit=1)('a,b,c'))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=o.itemgetter(1, 0)), type(o.itemgetter(1)).__name__)
for t in ['o.itemgetter()', 'o.attrgetter()', 'o.attrgetter(1)', 'o.methodcaller()', 'o.methodcaller(1)',
          'o.itemgetter(1)(5)', 'o.attrgetter("x")(5)', 'o.itemgetter(5)([1])']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
