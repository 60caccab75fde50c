# no indented block after a class definition
class A:
pass
