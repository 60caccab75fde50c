# round(int, -n) rounds halves to even.
for a in [5, 15, 25, 35, -5, -15, -25, 50, 150, 250, -250, 1500, 2500, 3500, 45, 55, 65, 95, 105]:
    print(a, round(a, -1), round(a, -2), round(a, -3))
print(round(5 * 10**40, -41), round(15 * 10**40, -41), round(-25 * 10**40, -41), round(25 * 10**40 + 1, -41))
