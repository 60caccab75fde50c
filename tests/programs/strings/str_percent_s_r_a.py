def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print('%s' % 'x', '%s' % 5, '%s' % (1,), '%s' % [1, 2], '%r' % 'é', '%a' % 'é', '%a' % '\U0001f600')
print('%s %s' % ('a', 'b'), '%5s|%-5s|%.2s|%5.1s|%-5.3s|' % ('ab', 'ab', 'abc', 'abc', 'abcd'))
print('%r' % (None,), '%s' % None, '%r|%a' % ('\n', '\x00'))
print('%%' % (), '%s%%' % 1, '%' 's' % 2)
print('%s' % {'a': 1}, '%(a)s' % {'a': 1})
print('%*s|%-*s|%.*s|%*.*s' % (5, 'a', 4, 'b', 2, 'xyz', 6, 2, 'abcd'))
print('%*s|' % (-4, 'a'), '%.*s|' % (-1, 'abc'))
print('%s' % b'x', '%r' % b'x', '%a' % b'\xff')
print('%10r|' % 'x', '%-10a|' % 'ä')
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print('%s %r %a' % (S(), S(), S()))
print('%s' % ((1, 2),), '%s' % [()])
