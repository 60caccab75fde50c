# Requests for absurdly large sequences fail cleanly.
for make in (lambda: [0] * (2**62), lambda: "a" * (2**62), lambda: b"x" * (2**62),
             lambda: (1,) * (2**62), lambda: [0] * (2**64), lambda: "ab" * (2**63)):
    try:
        make()
        print("allocated?!")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("after")
print(len([0] * 1000000), len("x" * 10**6))
