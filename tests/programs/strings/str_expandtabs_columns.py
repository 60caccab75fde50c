def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'a\tbb\tccc\tdddd\teeeee\tffffffff\tg'
for n in range(0, 10):
    print(n, repr(s.expandtabs(n)))
print(repr('€\t𝄞\té'.expandtabs(3)), repr('\r\t\n\t'.expandtabs(4)), repr('\x0b\t'.expandtabs(4)), repr('\x0c\t'.expandtabs(4)))
print(repr('ab\u2028\tc'.expandtabs(4)))
