print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print(repr("\x00\x7f\x80\u200b"), repr("é😀"), repr("\\"), repr("\n\r"))
print(ascii("é😀"), str(b"ab\x00\xff"), repr(b"'"))
