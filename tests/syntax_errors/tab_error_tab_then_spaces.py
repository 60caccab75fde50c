# a block indented with a tab then with eight spaces: TabError
if x:
	y = 1
        z = 2
