# an error in a def nested in a class nested in a def
def f():
    class A:
        def g(self):
            return ]
