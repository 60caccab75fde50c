# int(str, base) for every base from 2 to 36.
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
for b in range(2, 37):
    top = digits[b - 1]
    s = '1' + top * 3
    print(b, int(s, b), int(s.upper(), b), int('-' + s, b), int(top * 30, b))
for b in (2, 8, 10, 16, 36):
    try:
        print(int(digits[b], b))
    except (ValueError, IndexError) as e:
        print(b, type(e).__name__, e)
print(int('1' * 200, 2) == 2**200 - 1, int('7' * 100, 8) == 8**100 - 1, int('f' * 64, 16) == 2**256 - 1)
