# a lone ':' as a statement
:
