# an invalid statement deep inside nested blocks
def f():
    for a in b:
        if a:
            x = = 1
