# Bad format specs for int.
specs = ['s', 'r', 'a', 'y', 'z', '.2', '.2d', '.2x', '.2c', '.2n', '10.5b', ',c', 'cc', 'dd', '=', '<<5', '10,10',
         '.', '.x', '1000000000000000000000', '.1000000000000000000000f', '#c', '+c', '=c', 'xx', 'zd', '-s', '+,b', ' z']
for spec in specs:
    try:
        print(repr(spec), repr(format(123, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
try:
    print(format(123, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((123).__format__())
except TypeError as e:
    print(type(e).__name__, e)
print((123).__format__(''), (123).__format__('>5'))
