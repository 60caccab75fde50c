# dir() of int and bool, and a few attribute checks.
print(dir(int))
print(dir(bool))
print(len(dir(5)), hasattr(5, 'is_integer'), hasattr(5, 'to_bytes'), int.__name__, int.__qualname__, bool.__base__.__name__)
print(type(int.__dict__['bit_length']).__name__, type(int.__dict__['from_bytes']).__name__, type(int.__dict__['real']).__name__)
