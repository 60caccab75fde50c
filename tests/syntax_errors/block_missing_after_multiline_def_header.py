# no block after a def header spanning two lines; the error names the first line
def f(a,
      b):
pass
