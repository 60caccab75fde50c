# a parenthesized with statement whose target is a call
with (a as f(), b as c):
    pass
