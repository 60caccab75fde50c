# An uncaught TypeError from a bad call inside nested functions, with its traceback.
def make_greeting(name, punctuation):
    return f"Hello, {name}{punctuation}"

def greet_all(names):
    return [make_greeting(n) for n in names]

def main():
    print(make_greeting("Ada", "!"))
    print(greet_all(["Bob", "Eve"]))

main()
