# an else clause with no if
else:
    pass
