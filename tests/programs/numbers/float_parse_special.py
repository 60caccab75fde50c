# float() accepts inf, infinity and nan in any case, with a sign.
for s in ['inf', 'INF', 'Inf', '-inf', '+inf', 'infinity', 'Infinity', 'INFINITY', '-iNfInItY', 'nan', 'NaN', 'NAN', '-nan', '+nan',
          '  inf  ', 'infinit', 'infinityy', 'in', 'nana', '-+inf', 'inf inf', 'nan1', 'i n f', '∞']:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float('-nan') != float('-nan'), str(float('-inf')), float('1e999'), -float('1e999'))
