# Sequence patterns match lists and tuples (not str/bytes/dict), with star captures.
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case (a, *rest, z) if len(rest) > 2:
            return f"long {a}..{z} rest={rest}"
        case [a, *rest]:
            return f"head {a} rest {rest}"
        case _:
            return "not a sequence: " + type(x).__name__

for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), "ab", b"ab", {1: 2},
          range(3), bytearray(b"xy"), iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", f(v))

match [1, [2, 3], (4, 5)]:
    case [x, [y, z], (w, *_)]:
        print("nested", x, y, z, w)

match (1, 2, 3):
    case [*head, 3]:
        print("head", head)
