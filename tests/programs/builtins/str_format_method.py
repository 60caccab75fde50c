# str.format with positional, keyword, attribute, index and nested fields.
class P:
    x = 3
    y = [10, 20]
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name}: {age:>4}".format(name="Ann", age=30))
print("{0.x} {0.y[1]} {d[key]}".format(P(), d={"key": "val"}))
print("{:{w}.{p}f}|{!r:>6}|{!s}".format(3.14159, "s", [1], w=8, p=2))
print("{{literal}} {}".format("x"), "{:^10}".format("mid"), "{:=^11}".format(" T "))
print("{0!a}".format("é"), "{:,}".format(10**9), "{:.3e}".format(12345.6789), "{:x}".format(48879))
for fmt, args, kw in (("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{missing}", (), {}),
                      ("{0.nope}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0[5]}", ([1],), {})):
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
