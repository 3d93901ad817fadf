class _Private:
    __slot = 1
    def get(self):
        return self.__slot
class __Dunderish:
    __v = 2
print(_Private().get(), [k for k in vars(_Private) if "slot" in k], [k for k in vars(__Dunderish) if k.endswith("v")])
class ___:
    __w = 3
print([k for k in vars(___) if k.endswith("w")])
