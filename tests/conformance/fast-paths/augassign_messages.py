# Augmented arithmetic on ints and floats: TypeErrors name the augmented operator
# (`-=`), reflected methods of the right operand still answer.
for op in ("+=", "-=", "*=", "/="):
    for a in (1.0, 1):
        try:
            exec(f"x = a\nx {op} 'x'")
        except TypeError as e:
            print(e)
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rtruediv__(self, o): return "rdiv"
x = 1.5; x += R(); print(x)
x = 1; x -= R(); print(x)
x = 2; x /= R(); print(x)
x = 3; x += 2 ** 70; print(x)
x = 3.0; x -= True; print(x)
