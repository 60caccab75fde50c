def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


s = 'hello äöü 𝄞'
print(s.translate({ord('l'): 'L', ord('ä'): None, ord('𝄞'): 'G-clef', ord('o'): 0x263a}))
print(s.translate(str.maketrans('lo', 'ol', 'h')), s.translate({}), ''.translate({1: 2}))
print('abc'.translate(['x', 'y', 'z', 'w'] * 30), 'abc'.translate('ABCDEFGHIJKLMNOPQRSTUVWXYZ' * 5))
class L:
    def __getitem__(self, k):
        if k == 97: raise LookupError
        if k == 98: return None
        return chr(k + 1)
print('abcd'.translate(L()))
t('a'.translate, {97: 1.5})
t('a'.translate, {97: b'x'})
t('a'.translate, {97: -1})
t('a'.translate, {97: 0x110000})
t('a'.translate, 5)
t('a'.translate)
t('a'.translate, {}, {})
class K:
    def __getitem__(self, k):
        raise KeyError(k)
print('xyz'.translate(K()))
class V:
    def __getitem__(self, k):
        raise ValueError('no')
t('x'.translate, V())
print('aaa'.translate({97: 'bb'}), 'aaa'.translate({97: ''}), 'a'.translate({97: 0x10ffff}) == '\U0010ffff')
