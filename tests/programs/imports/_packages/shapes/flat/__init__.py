print("shapes.flat/__init__ runs, __package__ =", __package__)
