# Bad format specs for float.
for spec in ['d', 'x', 'b', 'o', 'c', 's', 'X', 'r', ',n', '_n', 'z', '.2z', '10..2', '.f', '.-1f', ',_f', '_,f', '==10', '1000000000000000000000f',
             '.1000000000000000000000f', ',,f', 'ff', '#d', 'zf']:
    try:
        print(repr(spec), repr(format(1.5, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    print((1.5).__format__(1))
except TypeError as e:
    print(type(e).__name__, e)
print((1.5).__format__(''), (1.5).__format__('.1f'))
