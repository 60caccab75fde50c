# Implicit chaining: "During handling of the above exception, another exception occurred:"
def cleanup():
    raise OSError("cleanup failed")

try:
    1 / 0
except ZeroDivisionError:
    cleanup()
