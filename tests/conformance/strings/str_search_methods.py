s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.rfind("bra"), s.find("zz"), s.count("a"), s.count(""))
print(s.index("cad"), s.startswith("bra", 1), s.endswith("bra", 0, 4), s.find("", 20))
print(s.replace("a", "A", 2), s.replace("", "-")[:8], s.split("a"), s.rsplit("a", 2))
print(s.partition("z"), s.rpartition("z"), s.removeprefix("abra"), s.removesuffix("x"))
try:
    s.index("q")
except ValueError as e:
    print(e)
try:
    s.split("")
except ValueError as e:
    print(e)
