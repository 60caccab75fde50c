# Bad format specs for complex.
for spec in ['d', 'x', 'b', 'c', '%', 's', '=10', '010', '010.2f', '=^10', 'z', ',,', '.1000000000000000000000f', 'r', '0=10']:
    try:
        print(repr(spec), repr(format(1 + 2j, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    print((1j).__format__(5))
except TypeError as e:
    print(type(e).__name__, e)
