# yield inside try/except/finally and loops: exceptions after resumption are handled in place.
def gen():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError(i)
        except ValueError as e:
            print("caught inside generator:", e)
            yield "after exception"
        finally:
            print("finally for", i)

print(list(gen()))

def nested_loops():
    for a in range(3):
        for b in range(3):
            if b > a:
                break
            yield (a, b)
        else:
            yield "no break"
print(list(nested_loops()))

def while_else():
    n = 0
    while n < 2:
        yield n
        n += 1
    else:
        yield "while else"
print(list(while_else()))
