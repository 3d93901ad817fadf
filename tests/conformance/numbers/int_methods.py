print((255).bit_length(), (0).bit_length(), (-8).bit_length())
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True))
print((7).bit_count(), (3).as_integer_ratio(), (0.75).as_integer_ratio(), (2.0).is_integer())
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
