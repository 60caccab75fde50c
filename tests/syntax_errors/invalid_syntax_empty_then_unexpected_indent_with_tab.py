# an unexpected indent made of a tab
x = 1
	y = 2
