for v in [0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 2.675, 0.5e-3]:
    print(v, round(v, 2), round(v), f"{v:.2f}", "%.2f" % v)
print(round(123456, -3), round(-123556, -2), round(5, -1), round(15, -1), round(0.0), round(-0.4))
