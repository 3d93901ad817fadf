print("never printed")
x = f"{}"
