def sa(lst, sl, val):
    try:
        lst[sl] = val
        print(lst)
    except Exception as e:
        print(type(e).__name__, e)

sa([0, 1, 2, 3], slice(None, None, 2), [9])
sa([0, 1, 2, 3], slice(None, None, 2), [9, 9, 9])
sa([0, 1, 2, 3], slice(None, None, -1), [])
sa([0, 1, 2, 3], slice(None, None, -1), [1, 2, 3, 4, 5])
sa([0, 1, 2, 3], slice(3, 0, -1), 'abc')
sa([0, 1, 2, 3], slice(1, None, 2), 'xy')
sa([0, 1, 2, 3], slice(0, 0, 2), [])
sa([0, 1, 2, 3], slice(0, 0, 2), ())
sa([0, 1, 2, 3], slice(0, 0, 2), [1])
sa([0, 1, 2, 3], slice(5, 10, 2), [])
sa([0, 1, 2, 3], slice(None, None, 2), None)
sa([0, 1, 2, 3], slice(None, None, 2), 12)
sa([0, 1, 2, 3], slice(None, None, 1), None)
sa([0, 1, 2, 3], slice(1, 2), None)
sa([0, 1, 2, 3], slice(None, None, 2), {'a': 1, 'b': 2})
sa([0, 1, 2, 3], slice(None, None, 2), {7, 8} and [7, 8])
sa([0, 1, 2, 3], slice(None, None, 2), range(2))
sa([0, 1, 2, 3], slice(None, None, 2), (x for x in 'pq'))
sa([0, 1, 2, 3], slice(None, None, 1.0), [])
sa([0, 1, 2, 3], slice(None, None, 'a'), [])
sa([0, 1, 2, 3], slice(None, None, 2**70), ['big'])
sa([0, 1, 2, 3], slice(None, None, -2**70), ['big'])
sa([], slice(None, None, 2), [])
sa([], slice(None, None, -1), [1])
l = [0, 1, 2, 3, 4, 5]
l[::2] = l[1::2]; print(l)
l[1::2] = l; 
print("sentinel")
