# In a class body, a comprehension sees class names only in its first iterable.
class Table:
    size = 3
    rows = [i for i in range(size)]
    try:
        grid = [[r * c for c in range(size)] for r in range(size)]
    except NameError as e:
        grid_error = str(e)
    factor = 2
    try:
        scaled = [v * factor for v in rows]
    except NameError as e:
        scaled_error = str(e)
    ok = [v * f for v, f in zip(rows, [factor] * size)]

print(Table.rows)
print(Table.grid_error)
print(Table.scaled_error)
print(Table.ok)

factor = "module-level factor"
class Shadow:
    factor = "class-level factor"
    seen = [factor for _ in range(1)]
print(Shadow.seen)
