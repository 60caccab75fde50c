# Signed zeros through arithmetic and formatting.
z, nz = 0.0, -0.0
print(repr(z), repr(nz), repr(-z), repr(z * -1), repr(nz + nz), repr(nz + z), repr(nz - z), repr(z - z), repr(nz * nz), repr(nz / 5))
print(repr(abs(nz)), repr(round(-0.4)), repr(round(-0.4, 1)), repr(nz % 5), repr(5 % -5.0), repr(nz // 5), repr(-1e-320 * 1e-10))
print(z == nz, hash(z) == hash(nz), format(nz, 'f'), format(nz, '+g'), '%f' % nz, str(nz), int(nz), repr(float('-0')), (-0.0).hex())
print(repr(nz.real), repr(nz.conjugate()), nz.as_integer_ratio(), nz.is_integer(), repr(float(-0)), repr(-(0.0)))
