# a dedent to a column that matches no outer level
if x:
        y = 1
    z = 2
