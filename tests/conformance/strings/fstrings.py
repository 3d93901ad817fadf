name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {1234567.891:,.2f}")
print(f"{name!r} {name!s} {name:>8} {name:*^9}")
print(f"{n + 1} {n * 2 = } {'nested'} {{literal}}")
print(f"{n:x} {n:o} {n:b} {n:#x} {255:X}")
width = 7
print(f"{pi:{width}.{2}f}|")
print(f"{0.5:%} {0.25:.1%}")
