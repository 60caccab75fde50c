# repr and str of complex: parentheses, signs, integral parts.
for c in [0j, 1j, -1j, 1 + 2j, -1 - 2j, 1.5 + 0j, complex(1, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(0.0, -0.0), 1e16j, 1e-5 + 1e22j,
          complex(1e300, -1e-300), 0.1 + 0.2j, complex(2**53, 1), 3 + 1e16j, complex(123456789.0, 0.5)]:
    print(repr(c), str(c), repr(-c), '%s' % c, '{}'.format(c), '%r' % (c,))
