# no indented block after an if on a non-ASCII condition
if 'éé':
pass
