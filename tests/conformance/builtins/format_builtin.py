print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(1e6, "g"), format(0.000012, "g"))
print(format(123, ""), format(True), format(None), format(12.0), format(-0.0, "+.1f"))
try:
    format(1, "z")
except ValueError as e:
    print(e)
