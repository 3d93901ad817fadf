def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"{owner}: insufficient funds for {amount}")
        balance -= amount
        history.append(("withdraw", amount))
    def report():
        return f"{owner}: {balance} after {len(history)} operations"
    return {"deposit": deposit, "withdraw": withdraw, "report": report, "history": lambda: list(history)}

alice = make_account("alice", 100)
bob = make_account("bob")
alice["deposit"](50)
bob["deposit"](20)
for acct, amount in [(alice, 30), (bob, 50), (alice, 500)]:
    try:
        acct["withdraw"](amount)
    except ValueError as e:
        print("error:", e)
print(alice["report"](), bob["report"](), alice["history"]())
