# a comment after the line-continuation backslash
x = 1 + \  # comment
    2
