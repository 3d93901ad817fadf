"""The integer encoding read by src/runtime/text/packed-ints.ts, shared by the
Unicode/codec table generators: base 32, most significant digit first; every digit
but the last is chr(0x28 + d), the last is chr(0x5D + d), so numbers need no separator."""


def num(n):
    digits = []
    while True:
        digits.append(n & 31)
        n >>= 5
        if not n:
            break
    digits.reverse()
    return "".join(chr(0x28 + d) for d in digits[:-1]) + chr(0x5D + digits[-1])
