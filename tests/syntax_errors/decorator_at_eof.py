# a decorator at end of file
@dec
