# array methods, sequence operations, comparisons and their errors.
import copy
import pickle
from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array)
for args in [(), (1,), ("x",), ("bb",), ("b", "abc"), ("u", b"ab"), ("b", 1), ("u", [1]),
             ("b", array("u", "a")), ("d", array("i", [1, 2])), ("b", b"\x01\xff"),
             ("b", bytearray(b"\x01")), ("B", memoryview(b"ab")), ("u", "abc"), ("i", range(4))]:
    try:
        print([type(arg).__name__ for arg in args], repr(array(*args)))
    except Exception as e:
        print([type(arg).__name__ for arg in args], type(e).__name__, e)

a = array("i", [1, 2, 3])
print(a.itemsize, a.typecode, a.buffer_info()[1], a.tobytes(), a.tolist(), a * 2, a + a, a[1:],
      a[::-1], 2 in a, 7 in a, a.index(2), a.count(3), len(a), a[-1], a[::2])
errors = [lambda: a.index(9), lambda: a.remove(9), lambda: array("i").pop(), lambda: a + [1],
          lambda: a + array("d"), lambda: a.frombytes(b"abc"), lambda: a.fromunicode("x"),
          lambda: a.tounicode(), lambda: a[10], lambda: a.__setitem__(slice(0, 2), [1]),
          lambda: a.__setitem__(slice(0, 2), array("d")), lambda: a.extend(array("d")),
          lambda: a.insert("x", 1), lambda: a.fromlist((1,)), lambda: a.pop(10),
          lambda: a.__delitem__(10), lambda: a.__setitem__(10, 1), lambda: hash(a),
          lambda: a["x"], lambda: a.__setitem__(slice(None, None, 2), array("i", [1, 2, 3])),
          lambda: a.append("x"), lambda: a.frombytes(1), lambda: array("u", "a").fromunicode(1)]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(a)

b = array("i", [1, 2, 3])
b[1:2] = array("i", [7, 8, 9])
print(b)
del b[::2]
print(b)
b.extend([4, 5])
b.byteswap()
print(b)
b.byteswap()
b.reverse()
print(b, b.pop(), b.pop(0), b)
b.insert(-100, 1)
b.insert(100, 9)
b *= 2
b += array("i", [0])
print(b, sorted(b), list(reversed(b)))
b[::3] = array("i", [-1] * len(b[::3]))
del b[1]
print(b, b.index(9, 4), b.index(9, -3))
b.fromlist([10, 11])
try:
    b.fromlist([12, "x"])
except TypeError as e:
    print("fromlist", e, b)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]),
      array("b", [1]) == [1], array("i", [1]) != array("i", [1, 2]), array("i") <= array("i"))
print(array("i", [1, 2]) * -1, 3 * array("b", [1]), array("u", "ab").tounicode(), str(array("u", "x")))
print(copy.copy(b), copy.deepcopy(b), b.__copy__() is b)
for protocol in range(5):
    print(protocol, pickle.loads(pickle.dumps(array("d", [1.5, 2.5]), protocol)))
print(array("i", [1, 2]).__reduce_ex__(2), array("b", b"\x01").__reduce_ex__(3))


class Sub(array):
    pass


s = Sub("d", [1.0])
s.x = 3
print(type(s).__name__, s, type(s + s).__name__, s.__reduce_ex__(2)[2], type(copy.copy(s)).__name__)
print(type(iter(array("i"))).__name__)
