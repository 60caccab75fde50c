# An assignment expression inside a comprehension in a class body.
class C:
    values = [(last := x) for x in range(3)]
