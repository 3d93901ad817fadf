a = 2 ** 200
b = 3 ** 150
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a.bit_length(), (-a).bit_length())
print(10 ** 50 // 10 ** 49, 10 ** 50 == 10 ** 50, 10 ** 50 < 10 ** 51)
