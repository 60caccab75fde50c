# a bare 'for' clause after a comprehension's condition
y = [x for x in z if x for]
