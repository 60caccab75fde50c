# ~ on bools works as on ints.
print(~True, ~False, type(~True).__name__, -True, not True, True.__invert__())
