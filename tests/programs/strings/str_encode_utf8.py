def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for s in ['', 'abc', 'äöü', '€', '𝄞', '\x00', '\U0010ffff']:
    print(repr(s), s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode('utf_8'), s.encode(encoding='U8'))
s = 'a\ud800b\udfffc'
for e in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    t(s.encode, 'utf-8', e)
t('\udc80\udcff'.encode, 'utf-8', 'surrogateescape')
t('\udc7f'.encode, 'utf-8', 'surrogateescape')
t('\ud83d\ude00'.encode, 'utf-8')
t('\ud83d\ude00'.encode, 'utf-8', 'surrogatepass')
t(s.encode, 'utf-8', 'bogus')
t('abc'.encode, 'utf-8', 'bogus')
t('abc'.encode, 'bogus')
t('abc'.encode, 1)
t('abc'.encode, 'utf-8', 1)
t('abc'.encode, 'utf-8', 'strict', 1)
t('abc'.encode, errors='ignore')
t('abc'.encode, encoding='ascii', errors='strict')
t('a'.encode, 'utf-8-sig')
t('a'.encode, 'utf_8_sig')
t(''.encode, 'utf-8-sig')
