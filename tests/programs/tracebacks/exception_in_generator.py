# An exception raised inside a generator shows the generator's frame.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator exhausted badly")

for n in numbers():
    print("got", n)
