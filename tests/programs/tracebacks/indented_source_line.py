# Deeply indented source lines are shown dedented, with carets shifted to match.
def f(data):
    for row in data:
        if row:
            for cell in row:
                if cell is not None:
                    print(cell.upper())

f([["a", "b"], [1]])
