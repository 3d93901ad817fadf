import sys
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)))
try:
    int("1" * 7000)
except ValueError as e:
    print(e)
print(len(hex(big)))
