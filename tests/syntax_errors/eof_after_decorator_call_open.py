# the file ends inside a decorator call
@dec(
