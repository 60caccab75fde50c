# Classes as decorators (callable instances) and decorators applied to methods.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls, type(square).__name__)

def loud(method):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0

    @loud
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @staticmethod
    def bank():
        return "static"

    @classmethod
    def create(cls):
        return cls()

acct = Account.create()
print(acct.deposit(10), acct.deposit(5), Account.bank(), acct.bank())
