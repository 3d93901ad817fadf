# re.Pattern / re.Match: final types, read-only attributes, hashing
import re
p = re.compile("a(b)")
try:
    class P(re.Pattern): pass
except TypeError as e:
    print(e)
try:
    class M(re.Match): pass
except TypeError as e:
    print(e)
m = p.match("ab")
print(m.__class__, p.__class__, type(p.scanner("x")))
print(hash(p) == hash(re.compile("a(b)")), len({p, re.compile("a(b)")}))
try: p.foo = 1
except AttributeError as e: print(e)
try: m.foo = 1
except AttributeError as e: print(e)
try: del m.pos
except AttributeError as e: print(e)
print(m.__reduce_ex__ is not None)
try:
    import pickle; pickle.dumps(m)
except TypeError as e: print(e)
m = re.match('a', 'a'); p = m.re
for o, a in [(m,'pos'),(m,'endpos'),(m,'re'),(m,'string'),(m,'lastindex'),(m,'lastgroup'),(m,'regs'),(p,'pattern'),(p,'flags'),(p,'groups'),(p,'groupindex')]:
    try: setattr(o, a, 1)
    except AttributeError as e: print(a, e)
