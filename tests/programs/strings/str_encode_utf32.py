def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'utf_32', 'UTF-32LE', 'u32']:
    for s in ['', 'ab', 'é€', '\U0001f600']:
        print(enc, repr(s), s.encode(enc))
for e in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogatepass']:
    t('a\ud800b'.encode, 'utf-32-le', e)
    t('a\udfffb\udc00'.encode, 'utf-32', e)
