s = "héllo wörld 😀!"
print(len(s), s[1], s[-2], s[12], s[6:11])
print(s[::-1])
print([c for c in "a😀b"], len("😀"), ord("😀"), chr(128512))
print("😀😀".find("😀", 1), "x😀y".index("y"))
