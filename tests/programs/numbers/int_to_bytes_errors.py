# int.to_bytes error cases.
calls = [lambda: (256).to_bytes(1, 'big'), lambda: (1).to_bytes(0, 'big'), lambda: (-1).to_bytes(1, 'big'),
         lambda: (-1).to_bytes(4, 'little'), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'),
         lambda: (1).to_bytes(1, 'BIG'), lambda: (1).to_bytes(1, b'big'), lambda: (1).to_bytes(1.0, 'big'),
         lambda: (1).to_bytes('1', 'big'), lambda: (1).to_bytes(1, 'big', True),
         lambda: (1).to_bytes(1, 'big', sign=True), lambda: (1).to_bytes(1, 'big', 'x'),
         lambda: (2**64).to_bytes(8, 'little'), lambda: (1).to_bytes(2**70, 'big')]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
