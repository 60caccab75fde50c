"""A square."""
print("shapes.flat.square runs")
SIDES = 4
def area(side):
    return side * side
