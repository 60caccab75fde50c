# an else clause indented inside its if block
if x:
    pass
    else:
        pass
