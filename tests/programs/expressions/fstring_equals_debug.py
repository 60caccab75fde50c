# The = specifier prints the expression text (with its whitespace), then the repr by default.
x = 10
name = "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=:>6}")
print(f"{x=:#x}")
print(f"{items[1:]=}")
print(f"{len(items)=}, {sum(items) = }")
print(f"{3.0 / 2=:.3f}")
print(f"{'a' 'b'=}")
print(f"{x=!r:^8}|")
