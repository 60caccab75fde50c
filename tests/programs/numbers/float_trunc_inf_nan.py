# Converting inf and nan to int raises.
for f in [float('inf'), float('-inf'), float('nan')]:
    for name in ['__trunc__', '__floor__', '__ceil__', '__round__', 'as_integer_ratio']:
        try:
            print(name, getattr(f, name)())
        except (OverflowError, ValueError) as e:
            print(name, type(e).__name__, e)
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print('int', type(e).__name__, e)
