print("before class")
class C:
    print("class body runs")
    for i in range(2):
        print("loop in class body", i)
print("after class", C.i)
