def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for v in [0, 1, -1, 42, -42, 255, 2**64, -2**64, True]:
    print('%d|%i|%u|%o|%x|%X|%5d|%-5d|%05d|%+d|% d|%#o|%#x|%#X|%.3d|%+.3d|%8.3x|%-#8x|%0#8x' % ((v,) * 19))
print('%d' % 1e20, '%x' % 255.0 if False else '')
print('%d %i %u' % (3.7, -3.7, 1e3))
t(lambda: '%x' % 2.5)
t(lambda: '%o' % 1.0)
t(lambda: '%X' % 'a')
t(lambda: '%d' % 'a')
t(lambda: '%i' % None)
t(lambda: '%u' % [1])
t(lambda: '%d' % 1e400)
t(lambda: '%d' % float('nan'))
class I:
    def __index__(self): return 7
    def __int__(self): return 8
print('%d %x %o' % (I(), I(), I()))
class J:
    def __int__(self): return 9
t(lambda: '%d' % J())
t(lambda: '%x' % J())
print('%c%c%c' % (65, 'é', 0x1f600))
