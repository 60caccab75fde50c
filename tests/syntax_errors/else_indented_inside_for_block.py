# an else clause indented inside its for block
for x in y:
    pass
    else:
        pass
