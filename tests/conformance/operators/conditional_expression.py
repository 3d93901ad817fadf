for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 1 if [] else 2
print(x)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
