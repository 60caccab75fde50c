# a nested block indented by tab then by spaces
if a:
	if b:
	    pass
        pass
