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


ba = bytearray(b'abcdefgh')
m = memoryview(ba)
c = m.cast('H')
m.release()
print(show(m))
try:
    ba.append(1)
except BufferError as e:
    print('cast alive:', e)
try:
    m.release()
except BufferError as e:
    print(e)
c.release()
ba.append(105)
print(ba)
m2 = memoryview(memoryview(ba))
try:
    ba.pop()
except BufferError as e:
    print('view of view:', e)
m2.release()
print(ba.pop())
