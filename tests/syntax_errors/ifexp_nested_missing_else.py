# a nested conditional expression missing its last 'else'
x = 1 if 2 else 3 if 4
