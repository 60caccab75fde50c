def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for enc in ['ascii', 'latin-1', 'latin1', 'iso-8859-1', 'us-ascii', 'L1', 'iso8859_1', '646']:
    for s in ['abc', 'aé€b', '\xff\u0100', 'x\ud800y', '\U0001f600z']:
        for e in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
            try:
                print(enc, repr(s), e, s.encode(enc, e))
            except Exception as ex:
                print(enc, repr(s), e, type(ex).__name__ + ':', ex)
t('\udc80\udcff'.encode, 'ascii', 'surrogateescape')
t('\udc80\udcff'.encode, 'latin-1', 'surrogateescape')
