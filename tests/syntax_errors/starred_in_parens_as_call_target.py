# a parenthesized starred expression in a print call
print((*a))
