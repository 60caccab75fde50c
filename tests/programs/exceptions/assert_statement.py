# assert raises AssertionError with an optional message.
try:
    assert 1 == 2
except AssertionError as e:
    print("empty:", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def msg():
    print("message evaluated")
    return "lazy"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
