# Argument-binding errors of native functions in Argument Clinic's order: too many
# arguments, then a missing required one, then a keyword given twice, then an unknown one.
calls = [
    lambda: int('5', bas=2), lambda: int(x='5'), lambda: int('5', 2, base=3),
    lambda: memoryview(b'ab').cast(fmt='B'), lambda: memoryview(b'ab').cast('B', shap=[2]),
    lambda: sorted([1], reverse=True, kee=None), lambda: str(b'a', encodin='x'),
    lambda: str(b'a', 'utf-8', encoding='x'), lambda: 'a'.split(sepp=','),
    lambda: 'a b'.split(' ', maxsplit=1, sep=' '), lambda: [].sort(1),
    lambda: print(1, sepp=''), lambda: 'abc'.encode(encodin='x'), lambda: bytes('a', encodin='x'),
    lambda: 'x'.splitlines(keepend=True), lambda: divmod(x=1), lambda: round(numbe=1),
    lambda: round(1.5, ndigits=0, x=1), lambda: int.from_bytes(b'\x01', byteord='big'),
    lambda: int.from_bytes(byteorder='big'), lambda: (5).to_bytes(lengt=2),
    lambda: compile(sourc='1', filename='', mode='eval'), lambda: compile('1', '', 'eval', flag=0),
    lambda: range(stop=1), lambda: enumerate(iterabl=[]), lambda: enumerate([], 0, start=1),
    lambda: dict.fromkeys(iterable=[1]), lambda: 'a'.replace(old='a', new='b'),
]
for c in calls:
    try:
        r = c()
        print('ok', repr(r)[:40])
    except TypeError as e:
        print('TypeError:', e)
