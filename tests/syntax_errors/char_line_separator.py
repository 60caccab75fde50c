# a Unicode line separator (U+2028) inside a line
x = 1 y = 2
