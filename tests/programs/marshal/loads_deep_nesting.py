# Nesting is bounded at 2000 levels when loading too: ValueError, no crash.
import marshal

for depth in [1998, 1999, 2000, 2001, 100000]:
    for opener in [b')\x01', b'[\x01\x00\x00\x00', b'\xdb\x01\x00\x00\x00', b'{N']:
        data = opener * depth + b'N'
        try:
            value = marshal.loads(data)
            levels = 0
            while not (value is None):
                value = value[0] if not isinstance(value, dict) else value[None]
                levels += 1
            print(depth, opener, 'ok', levels)
        except Exception as e:
            print(depth, opener, type(e).__name__, e)
