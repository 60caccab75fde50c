def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['a,b,c', 'abc', '', ',', ',,', 'a,,b', 'äö,ü', '𝄞,,𝄞']:
    for sep in [',', ',,', 'a', 'x']:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
t('abc'.partition, '')
t('abc'.rpartition, '')
t('abc'.partition, 1)
t('abc'.partition)
t('abc'.rpartition, 'a', 'b')
t('abc'.partition, None)
