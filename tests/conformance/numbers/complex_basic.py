z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate())
print(z * 1j, z + 1, (1 + 2j) * (3 - 1j), 1j ** 2)
print(complex(1, -1), repr(complex(0, 0)), -1j)
