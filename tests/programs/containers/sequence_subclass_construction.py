# list()/tuple()/extend read only exact lists and tuples directly (a subclass's
# __iter__ counts), and the keyword checks of list.__init__ and tuple.__new__.
class LyingTuple(tuple):
    def __iter__(self):
        yield 1
class LyingList(list):
    def __iter__(self):
        yield 1
print(list(LyingTuple((2,))), list(LyingList([2])), tuple(LyingTuple((2,))), tuple(LyingList([2])))
l = []; l.extend(LyingList([5, 6])); print(l)
l = LyingList([3, 4]); l.extend(l); print(list.__repr__(l))
class subclass(list): pass
try: subclass(sequence=())
except TypeError as e: print(e)
class subclass_with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2], newarg=3); print(u, u.newarg)
class t_sub(tuple): pass
try: t_sub(sequence=())
except TypeError as e: print(e)
class t_init(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = t_init([1, 2], newarg=3); print(u, u.newarg)
class t_new(tuple):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = t_new([1, 2], newarg=3); print(u, u.newarg)
try: tuple(x=1)
except TypeError as e: print(e)
try: list(x=1)
except TypeError as e: print(e)
class S(list): pass
s = S([1, 2]); s.extend(s); print(s)
s = S([1, 2]); s += s; print(s)
l = [1]; l.extend(S([3])); print(l)
l = [1]; l.extend(l); l += l; print(l)
