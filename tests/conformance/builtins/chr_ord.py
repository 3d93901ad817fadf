print(chr(65), chr(0x1F600), ord("a"), ord("€"), chr(ord("a") + 1))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
