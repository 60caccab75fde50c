# a starred expression as an if condition
if *a:
    pass
