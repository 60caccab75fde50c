# Unbounded recursion raises RecursionError, which is caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
def again():
    return again()
for i in range(3):
    try:
        again()
    except RecursionError:
        print("caught", i)
print(sum(range(10)))
