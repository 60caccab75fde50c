# Notes added with add_note are printed after the exception line.
def validate(n):
    if n < 0:
        e = ValueError(f"negative: {n}")
        e.add_note("values must be >= 0")
        e.add_note("got it from the config file")
        raise e

validate(-5)
