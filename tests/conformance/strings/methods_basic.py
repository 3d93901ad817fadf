s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.lower(), s.upper(), s.title(), s.swapcase())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "abc".replace("b", "BB"), "aaa".replace("a", "b", 2))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".find("l"), "hello".rfind("l"), "hello".count("l"))
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4, "."))
print("abc".isalpha(), "123".isdigit(), " ".isspace(), "Ab".istitle(), "a1".isalnum())
print("a\nb\r\nc".splitlines(), "k=v".partition("="), "a.b.c".rpartition("."))
