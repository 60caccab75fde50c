# Carets under a failing subscript: ~~~~ for the value, ^^^ for the index.
data = {"users": [{"name": "ann"}, {"name": "bob"}]}
print(data["users"][1]["name"])
print(data["users"][2]["name"])
