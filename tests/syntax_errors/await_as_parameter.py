# 'await' used as a parameter name
def f(await):
    pass
