# a ':=' read as a format spec after an invalid expression
x = f'{a b:=1}'
