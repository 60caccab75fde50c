# a decorator at the end of a block followed by a dedent
class A:
    @dec
x = 1
