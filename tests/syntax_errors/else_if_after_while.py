# 'else if' after a while loop
while x:
    pass
else if y:
    pass
