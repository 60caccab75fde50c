# an invalid statement on a tab-indented line
if x:
	y = = 1
