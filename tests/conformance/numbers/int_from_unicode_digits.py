print(int("٣٤"), int("１２"), float("١.٥"), int(" \u2003 7 \u2003"))
print("٣".isdigit(), "٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
try:
    int("²")
except ValueError as e:
    print(e)
