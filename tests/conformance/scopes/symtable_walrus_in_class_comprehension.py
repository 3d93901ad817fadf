print("never printed")
class C:
    values = [y := 1 for _ in range(2)]
