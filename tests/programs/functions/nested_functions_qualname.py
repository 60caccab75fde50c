# Nested functions and classes get dotted __qualname__ values with <locals>.
def outer():
    def middle():
        def inner():
            pass
        class Local:
            def meth(self):
                pass
        return inner, Local
    return middle

inner, Local = outer()()
print(outer.__qualname__)
print(outer().__qualname__)
print(inner.__qualname__)
print(Local.__qualname__, Local.meth.__qualname__)
print(repr(Local).startswith("<class '__main__.outer.<locals>.middle.<locals>.Local'"))

class A:
    class B:
        def c(self):
            return lambda: None
print(A.B.__qualname__, A.B.c.__qualname__, A.B().c().__qualname__)
