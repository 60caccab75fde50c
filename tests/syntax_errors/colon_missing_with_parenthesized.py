# a parenthesized with header without ':'
with (a as b, c as d)
    pass
