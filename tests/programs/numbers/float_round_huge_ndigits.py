# round(float, huge) returns the value; round(float, -huge) gives a signed zero.
for f in [1.5, -1.5, 0.1, 1e300, -1e-300, 123.456]:
    print(repr(f), round(f, 400), round(f, -400), round(f, 2**70), round(f, -(2**70)), round(f, 308), round(f, 323), round(f, -308))
print(round(1e22, -22), round(5e22, -23), round(1.5e22, -22), round(2.5e22, -22))
