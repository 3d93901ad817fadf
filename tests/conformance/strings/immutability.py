s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(e)
t = s
s += "d"
print(s, t, s is t)
try:
    "abc"[5]
except IndexError as e:
    print(e)
print("abc"[5:10] == "")
