# repr of complex with infinities and NaN parts.
inf, nan = float('inf'), float('nan')
for c in [complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan), complex(nan, nan), complex(inf, nan),
          complex(-nan, -inf), complex(1, -inf), complex(-0.0, inf), complex(inf, -0.0)]:
    print(repr(c), str(c))
print(complex('inf+nanj'), complex('-infj'), complex('nan'), complex('-INFINITY-NANj'))
