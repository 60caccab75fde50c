def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


import sys
a = sys.intern('hello world!')
b = sys.intern(''.join(['hello', ' world!']))
print(a is b, a == 'hello world!')
t(sys.intern, 1)
class S(str): pass
t(sys.intern, S('x'))
t(sys.intern)
print(sys.intern('ä€') == 'ä€')
