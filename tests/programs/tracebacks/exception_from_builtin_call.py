# An exception raised by a builtin called from a nested function.
def convert(values):
    return [float(v) for v in values]

def main():
    return sum(convert(["1.5", "2", "n/a"]))

print(main())
