# no indented block after 'with'
with a:
pass
