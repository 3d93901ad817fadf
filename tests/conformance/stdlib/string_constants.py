# string constants and capwords
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wORLD  x'), string.capwords('a-b-c', '-'), string.capwords('a--b', '-'))
print(repr(string.capwords('')), repr(string.capwords('ß straße')), string.capwords("they're bill's"))
print(sorted(string.__all__))
