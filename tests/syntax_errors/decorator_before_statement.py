# a decorator followed by an assignment
@dec
x = 1
