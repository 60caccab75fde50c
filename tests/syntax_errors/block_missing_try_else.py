# no indented block after a try statement's 'else'
try:
    pass
except:
    pass
else:
pass
