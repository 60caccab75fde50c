# A failing comparison inside a condition.
items = [3, "x"]
if items[0] < items[1]:
    print("less")
