def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_account(100)
print(dep(50), wd(30), get())
try:
    wd(1000)
except ValueError as e:
    print(e, get())
print(dep.__closure__[0] is wd.__closure__[0] is get.__closure__[0])
