# no block after a with statement with two items
with a as b, c:
pass
