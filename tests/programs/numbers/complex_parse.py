# complex(str) syntax.
for s in ['1', '1j', 'j', '-j', '+j', '1+2j', '1-2j', '-1.5e3+2.5e-3J', '(1+2j)', ' ( 1+2j ) ', '  3j  ', '1e5j', '.5j', '5.j', '1_0+2_0j',
          'inf', '-infj', 'nan+nanj', 'infinityj', '1+infj', '-0', '-0j', '0-0j', '(-0-0j)', '1.5', '\u3000(4j)\u3000', '١+٢j', '1E+5-1E-5j', '0x1',
          '1+2', 'j1', '1jj', '1+2jj']:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
