n = 1
for i in range(1, 51):
    n *= i
print(n)
print(len(str(n)), str(n).count("0"))
print(n % 1000003, n // 10 ** 60)
