# no indented block after 'try'
try:
pass
except:
    pass
