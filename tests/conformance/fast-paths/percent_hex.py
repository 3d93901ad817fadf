# %x / %X of ints: values below 65536 come from digit tables (percent-fast.ts hexOf),
# larger ones from the general conversion; flags and widths apply to both.
for v in [0, 1, 15, 16, 255, 256, 4095, 4096, 65535, 65536, 2 ** 31, 2 ** 53 - 1, 2 ** 53, 10 ** 20, -1, -255, -65536, True]:
    print("%x|%X|%8x|%-8X|%08x|%+x|% x|%o" % (v, v, v, v, v, v, v, v), "%#X" % v, "%#o" % v)
print("%x" % 300, "%x%x" % (1, 2), "%x %s" % (65535, "%x"))
