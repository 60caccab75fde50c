# a dedent that matches no level when tabs count as 8 columns
if x:
	y = 1
   z = 2
