# NameError suggestion drawn from the builtins.
values = [3, 1, 2]
print(sroted(values))
