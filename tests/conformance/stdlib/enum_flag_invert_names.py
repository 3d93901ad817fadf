# Flag ~ per boundary, pseudo-member names (single bits, then contained multi-bit
# members, then leftover bits), STRICT refusing leftovers.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

for base in (Flag, IntFlag):
    for b in (STRICT, CONFORM, EJECT, KEEP):
        class O(base, boundary=b):
            A = 1
            B = 2
            C = 8
            MASK = 255
        r = [~O.A, ~O.B, ~(O.A | O.B), ~O.MASK, ~O(0), ~O.C]
        if b in (EJECT, KEEP):
            r.append(~O(16))
        print(base.__name__, b, r)

        class P(base, boundary=b):
            A = 1
            B = 4
        print(base.__name__, b, [~P.A, ~P.B, ~P(0)])

for b in (STRICT, CONFORM, EJECT, KEEP):
    class Q(Flag, boundary=b):
        A = 1
        B = 6
        C = 16
    out = []
    for v in (7, 17, 23, 22, 3, 2, 5, 18):
        try:
            out.append(repr(Q(v)))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    print(b, out)


class MethodHint(Flag):
    HiddenText = 0x10
    DigitsOnly = 0x01
    LettersOnly = 0x02
    OnlyMask = 0x0f

print(str(MethodHint.HiddenText | MethodHint.OnlyMask))


class Simple(IntFlag, boundary=KEEP):
    SINGLE = 1


class Iron(IntFlag, boundary=STRICT):
    ONE = 1
    TWO = 2

simple = Simple.SINGLE | Iron.TWO
print(repr(simple), str(simple), type(simple).__name__)
