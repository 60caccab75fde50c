def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
class R:
    def __repr__(self):
        return 'R!'
    def __str__(self):
        return 'S!'
print('{}|{:abc}|{!r}|{!s}|{0:{1}}'.format(F(), F(), R(), R()) if False else 'x')
print('{0}|{0:abc}|{1!r}|{1!s}|{1}'.format(F(), R()))
class Bad:
    def __format__(self, spec):
        return 5
t('{}'.format, Bad())
t(format, Bad())
t(format, Bad(), 'x')
class Plain: pass
t('{:x}'.format, Plain())
t(format, Plain(), 'x')
print(format(Plain(), '').startswith('<__main__.Plain object at 0x'))
print('{}'.format(1 == 1), '{:d}'.format(True), '{:>5}'.format(True), '{}'.format(None))
t('{:5}'.format, None)
t('{:d}'.format, 'x')
t('{:f}'.format, 'x')
print('{!r}'.format('a\nb'), '{!a}'.format('€'), '{0!s:>4}'.format([1]))
