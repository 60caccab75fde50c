# IndexError messages from sequences.
cases = [lambda: [][0], lambda: ()[1], lambda: ""[2], lambda: range(3)[5],
         lambda: [].pop(), lambda: [1].pop(5), lambda: b""[0], lambda: bytearray()[0]]
for c in cases:
    try:
        c()
    except IndexError as e:
        print("IndexError:", e)
lst = [1, 2]
try:
    lst[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[-3]
except IndexError as e:
    print("IndexError:", e)
print(lst[-2], lst[10:], lst[-10:1])
