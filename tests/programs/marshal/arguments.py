# The functions' argument checking, with CPython's messages.
import marshal

calls = [
    lambda: marshal.dumps(),
    lambda: marshal.dumps(1, 2, 3),
    lambda: marshal.dumps(1, version=2),
    lambda: marshal.dumps(1, 'x'),
    lambda: marshal.dumps(1, 1.0),
    lambda: marshal.dumps(1, 2**40),
    lambda: marshal.loads(),
    lambda: marshal.loads(b'N', 1),
    lambda: marshal.loads(data=b'N'),
    lambda: marshal.loads('N'),
    lambda: marshal.loads(1),
    lambda: marshal.loads(None),
    lambda: marshal.dump(),
    lambda: marshal.dump(1),
    lambda: marshal.dump(1, 2),
    lambda: marshal.dump(1, None, 'x'),
    lambda: marshal.dump(1, 2, 3, 4),
    lambda: marshal.load(),
    lambda: marshal.load(1),
    lambda: marshal.load(file=1),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(marshal.version)
print(marshal.dumps(1, -1), marshal.dumps(1, 100))
