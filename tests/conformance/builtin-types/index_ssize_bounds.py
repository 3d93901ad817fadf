# An int index that fits in Py_ssize_t but exceeds the sequence is "index out of
# range"; only one beyond 2**63 is "cannot fit ... into an index-sized integer".
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

values = [2**53, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**100, -2**53,
          I(2**53), I(2**63), I(2**63 - 1), I(-2**63 - 1)]

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for seq in ([1, 2], (1, 2), "ab", range(2), b"ab", bytearray(b"ab"), memoryview(b"ab"), range(0, 2**70)):
    for i in values:
        show(type(seq).__name__, lambda: seq[i])

lst = [1, 2]
for i in values:
    def store():
        lst[i] = 0
    def delete():
        del lst[i]
    def insert():
        lst.insert(i, 5)
        r = list(lst)
        lst.remove(5)
        return r
    show("set", store)
    show("del", delete)
    show("pop", lambda: lst.pop(i))
    show("insert", insert)
ba = bytearray(b"ab")
for i in (2**53, 2**63):
    def bstore():
        ba[i] = 1
    show("bytearray set", bstore)
show("bytes str", lambda: b"ab"[I])
