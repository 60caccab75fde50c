# no indented block after a while loop's 'else'
while x:
    pass
else:
pass
