# A failing call at the end of an attribute chain.
class A:
    def __init__(self):
        self.b = B()
class B:
    def __init__(self):
        self.c = None

a = A()
a.b.c.run()
