# a conditional expression ending with 'else' inside a call
print(1 if x else)
