# super() misuse messages.
class A:
    def f(self):
        return "A.f"

def outside():
    return super()

try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class B:
    pass
try:
    super(A, B())
except TypeError as e:
    print("TypeError:", e)

class C(A):
    def f(self):
        return super().g()
try:
    C().f()
except AttributeError as e:
    print("AttributeError:", e)
print(repr(super(C, C())).startswith("<super: <class 'C'>, <C object"))
