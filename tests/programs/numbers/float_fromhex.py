# float.fromhex() parses the hex notation, including denormals and rounding.
for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1P+3', '1p4', '0x.8p0', '0x1.', '0x10', 'a', '0x1.fffffffffffffp1023',
          '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1074', '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '  0x1p1  ', 'inf', '-Infinity', 'nan', '-nan', '+0x0p0', '-0x0p0', '0x0.0000000000001p-1022', '0xffp-4',
          '0x1.123456789abcdef0123p0', '0x1p-10000', '0x0p100000']:
    print(repr(s), repr(float.fromhex(s)))
class F(float):
    pass
r = F.fromhex('0x1p1')
print(type(r).__name__, r)
