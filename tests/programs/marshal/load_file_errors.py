# load() from files: text files are refused, short data gives the file's
# EOF message, unmarshallable values write nothing.
import marshal

path = 'marshal/open_scratch_load_errors.bin'
with open(path, 'w') as f:
    f.write('N')
with open(path) as f:
    try:
        marshal.load(f)
    except Exception as e:
        print(type(e).__name__, e)
for data in [b'', b'i\x01', b's\x05\x00\x00\x00ab', b'l\x02\x00\x00\x00\x01\x00', b'(\x02\x00\x00\x00N',
             b'z\x05ab', b'?', b'0', b'f\x03abc', b'l\x01\x00\x00\x00\x00\x00']:
    with open(path, 'wb') as f:
        f.write(data)
    with open(path, 'rb') as f:
        try:
            print(data, repr(marshal.load(f)))
        except Exception as e:
            print(data, type(e).__name__, e)
with open(path, 'wb') as f:
    try:
        marshal.dump(object(), f)
    except ValueError as e:
        print(type(e).__name__, e)
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as f:
    try:
        marshal.dump(1, f)
    except Exception as e:
        print(type(e).__name__, e)
