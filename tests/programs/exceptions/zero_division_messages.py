# ZeroDivisionError messages for each operator and type.
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0.0),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 1j / 0, lambda: 5 % 0,
    lambda: (2**100) // 0, lambda: True / False,
]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
