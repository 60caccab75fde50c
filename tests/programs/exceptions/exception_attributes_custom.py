# Custom exceptions carry attributes; args come from __new__ regardless of __init__.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(str(e), repr(e), e.args, e.status)
class Weird(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self
    def __init__(self, *args):
        pass
w = Weird("given")
print(w.args)
e = Exception("x")
e.extra = 1
print(e.extra, vars(e))
class Slotted(Exception):
    __slots__ = ("code",)
s = Slotted()
s.code = 3
print(s.code)
