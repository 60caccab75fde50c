# a statement starting with '='
= 1
