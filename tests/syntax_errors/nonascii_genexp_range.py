# an unparenthesized generator after a non-ASCII string argument
f('é', a for a in b)
