# TextIOWrapper subclasses: __new__ makes an instance of the subclass and __init__ sets it up,
# so a subclass's own __init__ can call it (argparse's tests' StdIOBuffer); a second __init__
# starts over; an instance never set up refuses I/O.
import io
class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial_value='', newline='\n'):
        initial_value = initial_value.encode('utf-8')
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value)), 'utf-8', newline=newline)
    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')
s = StdIOBuffer()
s.write("hello\n")
print(type(s).__name__, repr(s.getvalue()), s.encoding, isinstance(s, io.TextIOWrapper))
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef"), encoding="ascii")
print(t.readline(), t.read())
t.__init__(io.BytesIO(b"again"), encoding="utf-8")
print(t.read(), t.encoding)
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
try:
    u.read()
except ValueError as e:
    print("ValueError")
try:
    io.TextIOWrapper()
except TypeError as e:
    print(e)
