# an expression between two string literals
x = 'a' b 'c'
