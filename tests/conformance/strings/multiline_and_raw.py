s = """line one
line two\tTabbed
"""
print(s, end="")
print(r"raw \n stays", len(r"\n"))
print("concat" "enated", "a" 'b' """c""")
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9", "\x41", "\101")
