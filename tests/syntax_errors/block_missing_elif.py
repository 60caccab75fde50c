# no indented block after 'elif'
if x:
    pass
elif y:
pass
