# no block after a decorated class definition
@d
class A:
pass
