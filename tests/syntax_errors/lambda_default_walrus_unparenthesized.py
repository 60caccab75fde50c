# a walrus in a lambda default without parentheses
f = lambda a=b:=1: a
