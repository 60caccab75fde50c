# no indented block after 'while'
while x:
pass
