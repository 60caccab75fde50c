# no block after 'with (a, b):'
with (a, b):
pass
