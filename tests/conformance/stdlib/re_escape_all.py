# re.escape of every character kind, str and bytes-like
import re, string
print(re.escape(string.printable), re.escape(bytes(range(256))), re.escape(""), re.escape("abc"), re.escape(".x."), re.escape(bytearray(b"a.b")), re.escape(memoryview(b"*")))
print(re.escape("\u00e9.\U0001F600*"))
try: re.escape(3)
except TypeError as e: print(e)
