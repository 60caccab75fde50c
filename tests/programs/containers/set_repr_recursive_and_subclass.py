class S(set):
    def __repr__(self):
        return 'S' + set.__repr__(self)
print(S([1]), S(), repr(S([2])))
class FS(frozenset):
    pass
print(FS([1]), FS(), repr(FS([FS()])))
class T(set):
    pass
print(T([1, 2]), T(), set.__repr__(T([3])))
class R:
    def __init__(self, s): self.s = s
    def __repr__(self): return 'R(%r)' % (self.s,)
    def __hash__(self): return 1
s = set()
s.add(R(s))
print(s)
print({(1, 2)}, {'é'}, {None}, {1.5}, {-0.0}, {0.0, 0}, {True, 1})
print(str({1}), str(frozenset({1})), format({1}), '%s' % ({2},))
