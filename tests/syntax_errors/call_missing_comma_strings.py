# two string arguments with a name between, no commas
f('a' b 'c')
