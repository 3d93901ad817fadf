class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
        self.__dunder__ = "not mangled"
    def balance(self):
        return self.__balance

a = Account()
print(a.balance(), sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(e)
print(a._Account__balance)
