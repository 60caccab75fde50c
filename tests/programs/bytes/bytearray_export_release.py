def show(r):
    if type(r) is memoryview:
        try:
            return '<memory %s %s %r>' % (r.format, r.shape, r.tolist())
        except ValueError:
            return '<released memory>'
    if type(r) is tuple:
        return '(' + ', '.join(show(x) for x in r) + ')'
    return repr(r)


def run(cases):
    for src in cases:
        try:
            r = eval(src)
            print(src, '->', show(r))
        except Exception as e:
            print(src, '!!', type(e).__name__, e)


ba = bytearray(b'abc')
m = memoryview(ba)
m.release()
ba.append(100)
print(ba)
with memoryview(ba) as m2:
    try:
        ba.append(1)
    except BufferError as e:
        print('inside with:', type(e).__name__, e)
ba.append(101)
print(ba, show(m2))
m3 = memoryview(ba)
m4 = memoryview(ba)
m3.release()
try:
    ba.pop()
except BufferError as e:
    print('one of two:', e)
m4.release()
print(ba.pop(), ba)
m5 = memoryview(ba)
m6 = m5[1:]
try:
    m5.release()
except BufferError as e:
    print('release parent:', e)
print(m6.tobytes())
m6.release()
m5.release()
ba.extend(b'ok')
print(ba)
m7 = memoryview(ba)
m7.release()
m7.release()
ba.clear()
print(ba)
