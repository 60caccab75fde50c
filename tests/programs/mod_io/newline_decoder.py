# IncrementalNewlineDecoder over str input: a held-back "\r", translation,
# the newlines seen, getstate/setstate and reset.
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n", final=True)), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode("q")), d.getstate())
d.reset()
print(d.newlines, d.getstate())
try:
    d.decode(b"bytes")
except TypeError as e:
    print("TypeError", e)
