for i, ch in enumerate("héy"):
    print(i, ch, ord(ch))
print(list(reversed("abc")), sorted("banana"), "".join(sorted(set("banana"))))
print(max("hello"), min("hello"), "l" in "hello", "hello".index("e"))
