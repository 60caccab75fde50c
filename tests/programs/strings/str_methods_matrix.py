def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


samples = ['', ' ', 'a', 'Ab', 'aB cD', '  x  y  ', 'ß', 'ǅx', 'ΣΑΣ σ', 'ﬁ ﬂ', '1²³', 'a\tb\nc', '\u2028\x85', 'é́', '𝄞𝄞', 'İı', '\ud800\udc00', "it's", 'HELLO world', '\x00\x7f']
methods = ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isascii', 'isprintable', 'isidentifier', 'islower', 'isupper', 'istitle', '__len__', '__repr__', '__str__']
for s in samples:
    print(ascii(s), [ascii(getattr(s, m)()) for m in methods])
for s in samples:
    print(ascii(s), [ascii(x) for x in (s.center(7, '.'), s.ljust(4, '€'), s.rjust(3), s.zfill(5), s.partition(' '), s.rpartition('a'), s.split('a', 1), s.rsplit(' ', 1), s.replace('a', 'ä'), s.strip('a '), s.find('b'), s.rfind('𝄞'), s.count('a'), s.startswith(('a', 'ǅ')), s.endswith('y  '), s.encode('utf-8', 'surrogatepass'), s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'replace'), s.encode('utf-16-le', 'surrogatepass'), s.translate({97: 'A', 32: None}))])
