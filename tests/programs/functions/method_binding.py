# Methods bind self; functions stored on instances do not.
class Greeter:
    greeting = "hello"

    def greet(self, name):
        return f"{self.greeting} {name}"

g = Greeter()
bound = g.greet
print(bound("Ada"), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(Greeter.greet(g, "Bob"))
g.greeting = "hi"
print(bound("Eve"))
g.plain = lambda name: f"plain {name}"
print(g.plain("Zed"))
Greeter.added = lambda self: f"added later, greeting={self.greeting}"
print(g.added())
m1, m2 = g.greet, g.greet
print(m1 == m2, m1 is m2)
print(type(bound).__name__, type(Greeter.greet).__name__)
