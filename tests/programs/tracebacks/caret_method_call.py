# Carets for a method call whose callee raises deeper down.
class Account:
    def __init__(self):
        self.balance = 10
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

acct = Account()
acct.withdraw(3)
print(acct.balance)
x = acct.withdraw(4) or acct.withdraw(100)
