# Nesting deeper than 2000 levels cannot be written; the last error met wins.
import marshal


def nested(depth):
    value = None
    for _ in range(depth):
        value = [value]
    return value


for depth in [1998, 1999, 2000, 2001, 5000]:
    try:
        data = marshal.dumps(nested(depth))
        print(depth, 'ok', len(data))
    except ValueError as e:
        print(depth, type(e).__name__, e)
for value in [[nested(2100), object()], [object(), nested(2100)]]:
    try:
        marshal.dumps(value)
    except ValueError as e:
        print(type(e).__name__, e)
