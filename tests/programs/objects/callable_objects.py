# __call__ makes instances callable.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)

add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2, 3])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "s"
    s(1)
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
