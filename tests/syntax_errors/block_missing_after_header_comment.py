# no block after an if header ending in a comment
if x:  # comment
pass
