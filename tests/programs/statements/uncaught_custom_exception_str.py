# The last traceback line uses the exception's module-qualified name and str().
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason

    def __str__(self):
        return f"line {self.line}: {self.reason}"

class Empty(Exception):
    pass

try:
    raise Empty()
except Empty as e:
    print("str of empty exception:", repr(str(e)))

raise ParseError(3, "unexpected token")
