# no indented block after 'else'
if x:
    pass
else:
pass
