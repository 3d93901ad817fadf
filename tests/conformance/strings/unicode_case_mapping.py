print("ß".upper(), "ß".lower(), "ß".casefold(), "ﬁ".upper(), len("İ".lower()))
print("ǆ".title(), "ǆ".upper(), "ǅ".lower(), "Σ".lower(), "ΌΣΟΣ".lower())
print("hello world".title(), "they're bill's".title(), "a1b2".title(), "ÉCOLE".lower())
print("straße".casefold() == "STRASSE".casefold(), "ǈ".istitle(), "Ab Cd".istitle())
