# format(int, 'c') gives the character.
for a in [65, 97, 0x263A, 0x1F600, 0, 10, 0x10FFFF]:
    print(repr(format(a, 'c')), repr(format(a, '>5c')), repr(format(a, '*<3c')))
for a, spec in [(-1, 'c'), (0x110000, 'c'), (65, '+c'), (65, '#c'), (65, ',c'), (65, '05c'), (65, '_c'), (65, ' c'), (2**80, 'c')]:
    try:
        print(repr(format(a, spec)))
    except (ValueError, OverflowError) as e:
        print(spec, type(e).__name__, e)
