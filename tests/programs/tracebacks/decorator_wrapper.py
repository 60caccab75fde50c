# A traceback through a decorator's wrapper function.
def logged(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

divide(1, 2)
divide(1, 0)
