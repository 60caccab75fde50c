# Messages when no operand implements the operation.
class A: pass
class B: pass
tests = [
    lambda: A() + B(),
    lambda: A() - 1,
    lambda: 1 * A(),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (1,),
    lambda: A() ** 2,
    lambda: pow(A(), 2, 3),
    lambda: A() @ A(),
    lambda: A() < B(),
    lambda: 1 <= "x",
    lambda: -A(),
    lambda: ~1.5,
    lambda: abs("s"),
    lambda: None / 2,
    lambda: {} | [],
    lambda: divmod("a", 2),
    lambda: 3 % [],
    lambda: A() >> 1,
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
