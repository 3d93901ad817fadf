print("%.3s|%5s|%-5s|" % ("abcdef", "ab", "ab"))
print("%*d|%-*d|%.*f" % (5, 3, 4, 7, 2, 3.14159))
print(("%#x %#o %+.2e %g %G" % (255, 8, 12345.678, 0.00001234, 1e20)).replace("0x", "~"))
print("%i %u %5.1f%%" % (3.9, -4, 99.44))
print("%r %a" % ("é", "é"))
try:
    "%y" % 1
except ValueError as e:
    print(str(e).replace("0x", "~"))
try:
    "%(k)s" % 5
except TypeError as e:
    print(e)
