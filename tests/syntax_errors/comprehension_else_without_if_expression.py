# a comprehension condition with 'else'
y = [x for x in z if x else 0]
