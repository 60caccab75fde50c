# type(x).__name__ of many builtin values, and type identity.
values = [1, 1.0, 1j, True, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None,
          ..., NotImplemented, range(1), slice(1), len, [].append, (lambda: 0), type,
          object(), iter([]), iter(()), iter(""), iter({}), {}.keys(), {}.values(), {}.items(),
          zip(), map(len, []), enumerate([]), reversed([]), (x for x in []), property(), staticmethod(len),
          classmethod(len), super, memoryview(b""), int.__add__, (1).__add__, object.__init__]
for v in values:
    print(type(v).__name__)
print(type(type(1)) is type, type(int) is type, type(type) is type, type(object) is type)
