# the file ends inside a parenthesized with
with (open(f) as g,
