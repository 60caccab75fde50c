# Format specs may contain nested replacement fields.
width = 10
precision = 3
value = 3.14159265
for w in (6, 10):
    print(f"[{value:{w}.{precision}f}]")
print(f"[{value:>{width}.{precision + 1}}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{width}}]")
spec = ".2e"
print(f"[{value:{spec}}]")
items = [("apple", 1.5), ("banana", 12.25), ("kiwi", 100.0)]
name_w = max(len(n) for n, _ in items)
for name, price in items:
    print(f"{name:<{name_w}} | {price:>{8}.2f}")
print(f"{'nested ' + f'{1 + 1:03}'}")
print(f"{{literal braces}} {{{width}}}")
print(f"{width!r:{width}}|")
