# dump() writes to a binary file and returns what write() returned; load()
# reads one object at a time, so several can follow each other.
import marshal

path = 'marshal/open_scratch_dump_load.bin'
values = [1, 'two', (3.0, [4]), {'five': 5}, b'six', None, 2**100]
with open(path, 'wb') as f:
    for value in values:
        print(marshal.dump(value, f))
    print(marshal.dump('v2', f, 2))
with open(path, 'rb') as f:
    for _ in range(len(values) + 1):
        print(repr(marshal.load(f)))
    try:
        marshal.load(f)
    except EOFError as e:
        print(type(e).__name__, e)
with open(path, 'rb') as f:
    print(len(f.read()))
