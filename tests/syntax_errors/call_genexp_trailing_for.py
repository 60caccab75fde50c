# a generator argument ending with a bare 'for'
f(a for a in b for)
