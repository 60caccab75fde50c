# References when loading: FLAG_REF entries, TYPE_REF, shared and
# self-referencing objects, invalid indices.
import marshal


def load(data):
    try:
        return marshal.loads(data)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


print(load(b'\xa9\x02\xe9\x05\x00\x00\x00r\x01\x00\x00\x00'))
print(load(b'\xa9\x02\xe9\x05\x00\x00\x00\xf2\x01\x00\x00\x00'))
t = load(b'\xa9\x01r\x00\x00\x00\x00')
print(t, t[0] is t)
lst = load(b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00')
print(lst, lst[0] is lst)
print(load(b'\xbc\x01\x00\x00\x00r\x00\x00\x00\x00'))
print(load(b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00'))
print(load(b'r\x00\x00\x00\x00'))
print(load(b'r\xff\xff\xff\xff'))
print(load(b'r\x00\x00'))
print(load(b'\xce'))
print(load(b'\xa9\x02\xce\xf2\x01\x00\x00\x00'))
print(load(b')\x02\xfa\x01ar\x00\x00\x00\x00'))
shared = load(b'[\x02\x00\x00\x00\xdb\x00\x00\x00\x00r\x00\x00\x00\x00')
print(shared, shared[0] is shared[1])
print(load(b'\xfb\xda\x01kr\x00\x00\x00\x000'))
print(load(b'{\xda\x01kr\x00\x00\x00\x000'))
big = 2**80
data = marshal.dumps([big, big])
back = marshal.loads(data)
print(back[0] is back[1], back[0] == big)
