def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for f in ['%#o', '%#x', '%#X', '%0x', '%-x', '% x', '%+x', '%#8x', '%-#8x', '%#08x', '%+#08x', '% #08x', '%-08d', '%0-8d', '%+ d', '% +d', '%#d', '%#s', '%0s', '%08s', '%-08s', '%#r', '%+s', '%08.3f', '%-+8.2f', '%#.0e', '%#x', '%#.3x', '%#5.3o', '%+.0f', '% .1e']:
    for v in [0, 42, -42]:
        t(lambda: f % v)
