class Account:
    def withdraw(self, amount):
        if amount > 10:
            raise ValueError(f"cannot withdraw {amount}")
a = Account()
a.withdraw(5)
print("first ok")
a.withdraw(50)
