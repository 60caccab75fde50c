# first line is a plain comment
# coding: bogus-codec
x = 1
