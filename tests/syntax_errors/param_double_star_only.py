# a def with '**' and no name
def f(**):
    pass
