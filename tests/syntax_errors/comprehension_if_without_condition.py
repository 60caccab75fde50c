# a comprehension 'if' with no condition
y = [x for x in z if]
