# a decorator at the end of an indented block at end of file
if x:
    @dec
