"""Shapes package docstring."""
print("shapes/__init__ runs, __name__ =", __name__)
KIND = "package"
