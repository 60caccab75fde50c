# invalid UTF-8 in a name on the second line of an f-string expression
x = f"""{x +
yÿ}"""
