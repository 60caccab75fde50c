# Declared sizes far beyond the data: a clean error, and no allocation of
# the declared size first. (CPython allocates tuples and lists of the
# declared size, so only their moderate sizes are here.)
import marshal

huge = [b'\xff\xff\xff\x7f', b'\x00\x00\x00\x40', b'\x00\x00\x10\x00']
for code in [b'(', b'[', b'<', b'>', b's', b'u', b'a', b't', b'l', b'A']:
    for size in huge[2:] if code in (b'(', b'[') else huge:
        for tail in [b'', b'N', b'NNN?']:
            data = code + size + tail
            try:
                marshal.loads(data)
                print(data, 'loaded')
            except Exception as e:
                print(data, type(e).__name__, e)
