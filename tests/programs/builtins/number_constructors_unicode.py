# int(), float() and complex() read non-ASCII decimal digits and white space
# in a str, but only ASCII white space around bytes; other characters fail.
for f in (int, float, complex):
    for s in ['\x1c1', b'\x1c1', b'\x0b1', '\u00a01\u2003', '\u0663+1j', '3\u00e9', '\u0663\u0664_5',
              ' 1 ', '\u0661\u0662\u0663', '\uff11\uff12', '\u0967.5', '\U0001d7ce']:
        try:
            print(f.__name__, repr(s), f(s))
        except Exception as e:
            print(f.__name__, repr(s), type(e).__name__, e)
print(int('\u0663', 16), int('\u0661\u0660', 2), int(' \u0665 ', 0))
