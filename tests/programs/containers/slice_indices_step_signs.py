for length in [0, 1, 5]:
    for start in [None, -7, -1, 0, 2, 7]:
        for stop in [None, -7, -1, 0, 3, 7]:
            for step in [None, -3, -1, 1, 2]:
                s = slice(start, stop, step)
                r = s.indices(length)
                assert len(range(*r)) == len(list(range(length))[s]), (s, length)
    print(length, [slice(a, b, c).indices(length) for a, b, c in [(None, None, -1), (-1, None, -2), (2, -7, -1), (7, None, None), (-7, 3, 2)]])
print(slice(None, None, -1).indices(2**70)[0] == 2**70 - 1)
print(slice(-2**80, 2**80, 2**75).indices(10))
