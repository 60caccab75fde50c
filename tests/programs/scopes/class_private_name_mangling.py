# __names inside a class body are mangled to _ClassName__name.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def lookup(self):
        return getattr(self, "__owner", "plain getattr is not mangled")

a = Account("ada")
Account("bob")
print(a.owner(), Account.count())
print(sorted(vars(a)), "_Account__count" in vars(Account))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__owner, a.lookup())

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Sub("eve").peek())

class _Leading:
    def m(self):
        self.__x = 1
        return sorted(vars(self))
print(_Leading().m())

class Dunder:
    __special__ = "not mangled"
    def m(self):
        __local = "mangled local name"
        return __local, sorted(n for n in dir(self) if "special" in n)
print(Dunder().m())
