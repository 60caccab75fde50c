# atexit: an exception in a function is reported and the others still run;
# the exit status comes from the program.
import atexit


class Failing:
    def __init__(self, exc):
        self.exc = exc

    def __repr__(self):
        return "<Failing %s>" % type(self.exc).__name__

    def __call__(self):
        raise self.exc


atexit.register(print, "first registered, last run")
atexit.register(Failing(ValueError("boom")))
atexit.register(Failing(SystemExit(3)))
atexit.register(print, "last registered, first run")
print("end of program")
