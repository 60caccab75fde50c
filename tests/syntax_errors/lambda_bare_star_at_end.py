# a bare '*' as a lambda's last parameter
f = lambda a, *: 0
