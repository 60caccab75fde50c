# '=' in an elif condition
if a:
    pass
elif x = 1:
    pass
