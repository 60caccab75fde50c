# A keyword-only parameter repeating the *args name.
def f(*args, args=1):
    pass
