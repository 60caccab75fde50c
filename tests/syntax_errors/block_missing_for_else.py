# no indented block after a for loop's 'else'
for x in y:
    pass
else:
pass
