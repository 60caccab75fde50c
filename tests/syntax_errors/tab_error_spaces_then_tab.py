# a block indented with eight spaces then with a tab: TabError
if x:
        y = 1
	z = 2
