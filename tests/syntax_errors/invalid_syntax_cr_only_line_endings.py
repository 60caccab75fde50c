# an invalid statement in a file with CR-only line endings
x = 1y = = 2