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
run(["ba.append(1)", "ba.extend(b'xy')", "ba.pop()", "ba.remove(97)", "ba.insert(0, 1)", "ba.clear()", "ba.__iadd__(b'x')",
     "ba.__imul__(2)", "ba.__imul__(1)", "ba.__init__(b'new')"])
def stmt(s):
    try:
        exec(s, {'ba': ba})
        print(s, '-> ok', ba)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
for s in ["ba += b'x'", "ba *= 2", "del ba[0]", "del ba[0:1]", "del ba[::2]", "ba[0:1] = b'xy'", "ba[0:1] = b''",
          "ba[0] = 65", "ba[0:1] = b'Z'", "ba[::2] = b'12'", "ba[:] = b'qrs'", "ba.reverse()"]:
    stmt(s)
print(m.tobytes(), len(m), ba)
m.release()
ba.append(100)
print(ba)
