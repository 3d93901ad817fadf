print("%d %s %r" % (5, "x", "x"))
print("%5.2f|%-5d|%05d|%+d" % (3.14159, 42, 42, 7))
print("%x %o %X %e" % (255, 8, 255, 12345.678))
print("%(a)s-%(b)s" % {"a": 1, "b": 2})
print("%c%c" % (72, "i"), "100%%" % ())
print("%s" % [1, 2], "%s" % (None,))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
