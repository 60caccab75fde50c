# the error names the header's line, several lines above
if (a and
    b and
    c):
x = 1
