# an else indented one space
if x:
    pass
 else:
    pass
