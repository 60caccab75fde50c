# The exception line uses the class's qualified name; __main__ is omitted.
class Outer:
    class InnerError(Exception):
        pass

raise Outer.InnerError("nested class")
