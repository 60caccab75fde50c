# an 'if' header followed by a statement at the same level
if x:
pass
