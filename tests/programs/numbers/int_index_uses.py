# Ints and bools as indexes and counts; overflow of index-sized values.
data = [10, 20, 30]
print(data[True], data[False], data[-1], 'abc'[2**0], [1, 2] * True, 'ab' * 3, (1,) * 0, data[2**70 // 2**69])
for expr in ['data[2**63]', 'data[-2**63 - 1]', "'a' * 2**63", "[0] * 2**63", 'data[1.0]', 'range(2**63)[0]', 'len(range(2**64))',
             "'abc'[2**100:]", 'data[:2**100]', "bytes(-1)", "'a' * -1", 'data[10**20:10**21]']:
    try:
        print(expr, eval(expr))
    except (IndexError, OverflowError, TypeError, ValueError, MemoryError) as e:
        print(expr, type(e).__name__, e)
