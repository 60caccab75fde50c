def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class A:
    b = 'attr'
    def __init__(self):
        self.c = [10, 20]
d = {'k': 'v', 1: 'int-one', '1': 'str-one', 'a b': 'spaced'}
print('{0[1]}'.format([5, 6]), '{0[k]}'.format(d), '{0[1]}'.format(d), '{x[1]}'.format(x=d))
print('{0.b}'.format(A()), '{0.c[1]}'.format(A()), '{a.c[0]}'.format(a=A()), '{0[a b]}'.format(d))
print('{0[0][1]}'.format([[1, 2]]), '{0.real}'.format(3), '{0.__class__.__name__}'.format(1.5))
print('{0[-1]}'.format({'-1': 'neg'}), '{0[ 1]}'.format({' 1': 'sp'}))
t('{0[2]}'.format, [1])
t('{0[x]}'.format, {})
t('{0.zz}'.format, 1)
t('{0[}'.format, [1])
t('{0[0}'.format, [1])
t('{0[0]x}'.format, [1])
t('{0.}'.format, 1)
t('{0..a}'.format, 1)
t('{0[]}'.format, [1])
t('{x}'.format)
t('{x}'.format, 1)
t('{0}'.format, x=1)
t('{x.y}'.format, x=None)
t('{0[0]}'.format, 5)
t('{.real}'.format, 4)
t('{[0]}{[1]}'.format, 'ab', 'cd')
t('{0[1.5]}'.format, {'1.5': 'f'})
t('{0[10000000000000000000000]}'.format, [1])
t('{10000000000000000000000}'.format, 1)
