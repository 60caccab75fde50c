# complex(str) errors, and non-string argument errors.
for v in ['', ' ', '()', '(', ')', '(1', '1)', '1 + 2j', '1+ 2j', '1 +2j', '+', '-', '1++2j', '1+-2j', '1e', 'ej', '1_j', '_1j', '1__2j',
          '( 1j', '(1j) (2j)', '\x00', '1j\x00', 'é', 'infj+1', '1.2.3j', b'1j', None, [], '1+2J+3j']:
    try:
        print(repr(v), repr(complex(v)))
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
for args in [('1', 2), (1, '2'), ('1', '2'), (1, 2, 3), ([], 1), (1, None)]:
    try:
        print(args, complex(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
