class Idx:
    def __index__(self):
        return 2
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print([10, 20, 30][Idx()], "abcd"[Idx()], bin(Idx()), range(Idx()), hex(Idx()).replace("0x", "~"))
print(int(Num()), float(Num()), round(2.5), int(Idx()))
