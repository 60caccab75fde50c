# 'await' used as a function name
def await():
    pass
