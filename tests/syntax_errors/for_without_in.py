# a for loop without 'in'
for x y:
    pass
