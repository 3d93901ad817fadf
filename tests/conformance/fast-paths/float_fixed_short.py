# 'f' formatting with 1..9 digits takes a short path away from ties; ties, signs,
# negative zero, the 'z' option, NaN/inf and large values take the general one.
vals = [0.0, -0.0, 1.5, -1.5, 0.125, 0.375, 2.675, 1e-7, -1e-7, 123456.789, 1073.7418,
        1e9, 1e21, 3.14159265358979, -2.5e-5, 0.5, 1 / 3, 2 / 3, 9.9999999995,
        float("nan"), float("inf"), float("-inf"), 1e300, 5e-324]
for v in vals:
    row = []
    for p in (0, 1, 2, 3, 6, 9, 10):
        row.append(f"{v:.{p}f}")
        row.append("%.*f" % (p, v))
    row.append(f"{v:+.3f}")
    row.append(f"{v:z.2f}")
    row.append(f"{v:#.1f}")
    row.append(f"{v:>12.4f}")
    row.append("%+.2f|% .2f|%-9.3f|%09.3f" % (v, v, v, v))
    row.append("{0:.3f}|{0:F}|{0:.2F}".format(v))
    print(v, " ".join(row))
for i in range(0, 3000, 7):
    x = i / 7
    y = i / 1000
    assert f"{x:.3f}" == "%.3f" % x == format(x, ".3f")
    print(f"{y:.2f}", f"{-y:.1f}", f"{x:.3f}", end=";")
print()
