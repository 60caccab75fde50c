def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: {[]})
t(lambda: {1, {}})
t(lambda: {set()})
t(lambda: set([[1]]))
t(lambda: frozenset([{}]))
t(lambda: {1}.add([]))
t(lambda: {1}.union([[]]))
t(lambda: {1} | {1: 2}.keys())
t(lambda: {(1, [2])})
t(lambda: {1}.issubset([[]]))
t(lambda: {1}.issuperset([[]]))
t(lambda: {1}.isdisjoint([[]]))
t(lambda: {1}.symmetric_difference([[]]))
t(lambda: [] in {1})
t(lambda: {} in frozenset())
print({1} in {frozenset([1])}, set() in {frozenset()})
s = {frozenset([1, 2])}
s.discard({1, 2}); print(s)
s.add(frozenset([3])); s.remove({3}); print(s)
t(lambda: s.remove({9}))
t(lambda: s.remove([9]))
class H:
    __hash__ = None
t(lambda: {H()})
class HH:
    def __hash__(self): return 'notint'
t(lambda: {HH()})
class HB:
    def __hash__(self): return 2**100
print(len({HB(), HB()}))
