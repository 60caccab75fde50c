# no indented block after 'for'
for x in y:
pass
