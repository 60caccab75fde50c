def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf_16', 'UTF-16LE', 'utf-16be', 'u16']:
    for s in ['', 'ab', 'é€', '\U0001f600', '\U0010ffff']:
        print(enc, repr(s), s.encode(enc))
for e in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogatepass']:
    t('a\ud800b'.encode, 'utf-16-le', e)
    t('a\udfffb'.encode, 'utf-16', e)
t('\ud800\udc00'.encode, 'utf-16-be', 'surrogatepass')
