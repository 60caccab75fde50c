# An uncaught exception whose __str__ raises is printed with a placeholder.
class Unprintable(Exception):
    def __str__(self):
        raise ValueError("no str for you")

raise Unprintable("hidden")
