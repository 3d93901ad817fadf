# operator: the operator functions, their dunder aliases, __all__
import operator as o

print(o.add(1, 2), o.sub(5, 3), o.truediv(1, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 3), o.lshift(1, 4), o.rshift(16, 2))
print(o.and_(6, 3), o.or_(6, 3), o.xor(6, 3), o.neg(3), o.pos(-3), o.abs(-3), o.inv(5), o.invert(5), o.not_(1), o.truth([]))
print(o.lt(1, 2), o.le(2, 2), o.eq('a', 'a'), o.ne(1, 1), o.ge(1, 2), o.gt(3, 2), o.is_(None, None), o.is_not(1, None))
print(o.contains([1], 1), o.getitem('abc', 1), o.concat([1], [2]), o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'), o.index(7))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
print(o.iadd([1], [2]), o.imul(3, 4), o.isub(5, 1), o.iconcat([1], (2,)), o.ipow(2, 5), o.call(len, [1, 2]))
print(o.length_hint([1, 2]), o.length_hint(3, 7), o.length_hint(iter(()), 4), o.length_hint(iter([1, 2, 3])), o.length_hint(iter("ab")))
print(o.__add__ is o.add, o.__not__ is o.not_, o.add.__name__, o.abs, len(o.__all__), o.__all__[:6])
for t in ['o.concat(1, 2)', 'o.concat([1], (2,))', 'o.iconcat(1, 2)', 'o.index(1.5)', 'o.length_hint(1, "a")',
          'o.indexOf([1], 2)', 'o.matmul(1, 2)', 'o.add(1, "a")']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
