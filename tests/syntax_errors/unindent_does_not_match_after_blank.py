# a dedent after a blank line that matches no outer level
class A:
    def f(self):
        pass

  x = 1
