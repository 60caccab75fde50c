# Arithmetic with infinities and NaN.
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * -1, inf * 0, -inf / 10, 10 / inf, inf ** 0, nan ** 0, 1 ** nan, nan + 1, nan * 0, abs(-inf), abs(nan))
print(inf == inf, -inf < inf, nan == nan, nan != nan, nan < 1, nan > 1, max(1.0, nan), min(nan, 1.0), inf > 10**1000)
print(repr(inf), str(-inf), repr(nan), repr(-nan), inf.is_integer(), nan.is_integer(), inf.hex(), nan.hex(), round(inf, 1), inf.real)
print(inf % 3, 3 % inf, -3 % inf, repr(inf // 3) , divmod(3, inf), divmod(-3, inf))
