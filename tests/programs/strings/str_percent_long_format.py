def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = ''.join('%d,' for i in range(200))
print(s % tuple(range(200)))
print(('%s' * 50) % tuple('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX'))
print(('é%sü' * 3) % ('€', '𝄞', ''))
