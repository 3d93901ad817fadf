x = 5
print(-x, +x, -(-x), ~x, not x)
print(-0.0, +(-0.0), -True, +True, ~True)
print(abs(-7), abs(-7.5), abs(-0.0))
