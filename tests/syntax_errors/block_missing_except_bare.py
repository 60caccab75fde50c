# no indented block after a bare 'except'
try:
    pass
except:
pass
