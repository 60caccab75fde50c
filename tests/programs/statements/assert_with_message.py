# assert raises AssertionError with the optional message; the message is evaluated lazily.
def msg():
    print("message evaluated")
    return "custom message"

assert True, msg()
print("passing assert did not evaluate its message")

for cond, message in [(False, None), (0, "zero is false"), ([], ["a", "list"])]:
    try:
        if message is None:
            assert cond
        else:
            assert cond, message
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)

try:
    assert 1 > 2, msg()
except AssertionError as e:
    print("caught:", e)

def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2

print(check(4))
try:
    check("s")
except AssertionError as e:
    print("caught:", e)
print("__debug__ is", __debug__)
