# while/else: else runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while n < 10:
    n += 1
    if n == 4:
        print("breaking at", n)
        break
else:
    print("never printed")

n = 0
while n:
    print("body never runs")
else:
    print("else runs even when the body never runs")

def first_power_of_two_above(limit):
    p = 1
    while True:
        p *= 2
        if p > limit:
            return p

print(first_power_of_two_above(1000))
