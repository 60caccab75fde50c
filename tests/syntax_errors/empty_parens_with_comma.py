# parentheses containing only a comma
x = (,)
