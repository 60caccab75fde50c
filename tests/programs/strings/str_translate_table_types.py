def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class Seq:
    def __getitem__(self, i):
        if i > 100: raise IndexError(i)
        return chr(i).upper()
print('abc€'.translate(Seq()))
print('abc'.translate({97: 'A', 98: 66, 99: None}))
print('abc'.translate({ord('a'): 'x' * 3}), 'ä'.translate({0xe4: 'ae'}))
t('abc'.translate, {97: [1]})
t('abc'.translate, {97: ()})
t('abc'.translate, None)
t('abc'.translate, table={})
print(str.translate('xy', {120: 'Q'}))
print('hello'.translate(str.maketrans({'l': 'L', 'o': None})))
