# a non-ASCII symbol character inside an identifier
pri€ce = 5
