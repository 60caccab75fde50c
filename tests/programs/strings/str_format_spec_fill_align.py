def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for spec in ['<', '>', '^', '=', 'x<8', '€^9', '𝄞>4', '{<5', '}>5', ' >5', '0^5', '<<5', '<>5', '^^5', '==5', '\x00>4']:
    for v in ['ab', 12, -3.5]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__ + ':', e)
