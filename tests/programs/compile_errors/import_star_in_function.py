# from module import * is only allowed at module level.
def f():
    from sys import *
