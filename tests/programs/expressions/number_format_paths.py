# printf-style integer conversions and format() of ints and floats through every
# spelling (format(), f-strings, str.format), including subclasses' own __format__.
for v in [0, 1, -1, 255, -255, 2**64, -2**70 + 5, True, False, 3.7, -3.2]:
    for spec in ['%x', '%X', '%o', '%#x', '%#X', '%#o', '%5x', '%-8X|', '%08o', '%+x', '% X', '%.5x', '%d', '%i', '%u', '%5.3d']:
        try: print(spec, repr(v), spec % v)
        except TypeError as e: print(spec, repr(v), 'TypeError', e)
for v in [0, 5, -5, 10**30, True, 2.5, -0.0, float('inf'), float('nan'), 1e300]:
    for spec in ['', 'd', 'x', '>6', '<6', '^7', '+', '_', ',', '08', 'e', '.2f', '%', 'g', 'n', '#b', 'c']:
        try: print(repr(spec), repr(v), format(v, spec), f"{v:{spec}}", "{:{}}".format(v, spec))
        except (ValueError, TypeError, OverflowError) as e: print(repr(spec), repr(v), type(e).__name__, e)
class I(int):
    def __format__(self, spec): return "I" + spec
class F(float): pass
print(format(I(3), 'x'), f"{I(3):>5}", format(F(2.5), '.1f'), format(True, ''), format(True, 'd'), f"{True}", f"{False:>6}")
