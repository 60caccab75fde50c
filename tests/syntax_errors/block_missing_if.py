# no indented block after 'if'
if x:
pass
