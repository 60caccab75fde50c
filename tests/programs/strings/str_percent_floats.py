def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for v in [0.0, -0.0, 1.5, -1.5, 1e100, 1.234567e-8, 123456789.0, float('inf'), float('-inf'), float('nan'), 3, 2**70]:
    print('%e|%E|%f|%F|%g|%G|%.2e|%.0f|%#.0f|%#g|%10.3f|%-10.3f|%010.2f|%+f|% f|%.10g|%#.3G' % ((v,) * 17))
t(lambda: '%f' % 'x')
t(lambda: '%e' % None)
t(lambda: '%f' % (1j,))
class FF:
    def __float__(self): return 2.5
print('%f %g' % (FF(), FF()))
print('%.100f' % 1.0 if False else '%.50f' % 1.0)
print('%.3f' % 2.0005, '%.2f' % 0.125, '%.1f' % 0.25, '%g' % 1e-5, '%g' % 1e16, '%g' % 123456.0, '%g' % 1234567.0)
