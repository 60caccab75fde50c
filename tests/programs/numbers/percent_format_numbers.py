# printf-style formatting of numbers with %.
for x in [0, 7, -7, 2**70, True, 3.7, -2.5]:
    print('%d|%i|%u|%5d|%-5d|%05d|%+d|% d' % ((x,) * 8))
for x in [0, 255, -255, 2**70]:
    print('%x|%X|%o|%#x|%#X|%#o|%08x|%-#8o|' % ((x,) * 8))
for x in [0.0, -0.0, 1.5, -2.25, 1e16, 1e-5, 123456.789, float('inf'), float('nan'), 7]:
    print('%f|%.2f|%e|%.3E|%g|%G|%#g|%10.3f|%-10.1e|%+.0f|%r|%s' % ((x,) * 12))
print('%c%c' % (65, 'b'), '%.3s' % 3.14159, '%5.1f%%' % 99.5, '%(a)d %(b).1f' % {'a': 1, 'b': 2.25}, '%*d' % (5, 3), '%.*f' % (2, 3.14159))
for fmt, arg in [('%d', 'x'), ('%x', 1.5), ('%c', 1.5), ('%c', 0x110000), ('%d', 1j), ('%f', 'x'), ('%o', 2.0), ('%d', None), ('%c', 'ab'), ('%e', [])]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
class WithIndex:
    def __index__(self):
        return 42
class WithInt:
    def __int__(self):
        return 42
class WithFloat:
    def __float__(self):
        return 4.5
for fmt in ['%d', '%x', '%f', '%c']:
    for obj in [WithIndex(), WithInt(), WithFloat()]:
        try:
            print(fmt, type(obj).__name__, fmt % obj)
        except TypeError as e:
            print(fmt, type(obj).__name__, type(e).__name__, e)
