# a docstring-like triple quote opened late in a file
def f():
    pass
"""
