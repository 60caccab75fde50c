# loads takes any bytes-like object and ignores what follows the object.
import marshal

data = marshal.dumps(('a', 1))
print(marshal.loads(data))
print(marshal.loads(bytearray(data)))
print(marshal.loads(memoryview(data)))
print(marshal.loads(memoryview(b'xx' + data)[2:]))
print(marshal.loads(data + b'garbage'))
try:
    marshal.loads(memoryview(b'NNNN')[::2])
except Exception as e:
    print(type(e).__name__, e)
