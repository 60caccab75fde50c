# round() dispatches to __round__ and checks its arguments.
class R:
    def __round__(self, n=None):
        return ('round', n)
class NoRound:
    pass
print(round(R()), round(R(), 3), round(R(), None), round(number=2.5), round(number=2.567, ndigits=2))
for call in [lambda: round(NoRound()), lambda: round('1.5'), lambda: round(), lambda: round(1, 2, 3), lambda: round(1.5, 'a'), lambda: round(x=1),
             lambda: round([1])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class WithIndex:
    def __index__(self):
        return 1
print(round(2.55, WithIndex()), round(255, WithIndex()), round(255, -WithIndex().__index__()))
