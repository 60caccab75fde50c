# continue inside while skips the rest of the body but keeps the else clause.
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("else after continue-only loop:", evens)

i = 0
total = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 14:
        break
    total += i
else:
    print("not printed")
print("total", total, "i", i)
