# A small report formatted with f-strings, str methods and format specs.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 199.99),
    ("Doohickey", 250, 0.05),
]
name_w = max(len(r[0]) for r in rows)
header = f"{'Item':<{name_w}} | {'Qty':>5} | {'Price':>8} | {'Total':>10}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{name_w}} | {qty:>5d} | {price:>8.2f} | {total:>10,.2f}")
print("=" * len(header))
print(f"{'Grand total':<{name_w}} | {'':>5} | {'':>8} | {grand:>10,.2f}")
print(f"{len(rows)} items, mean price {sum(r[2] for r in rows) / len(rows):.3f}")
print("Percentages:", ", ".join(f"{r[0][:3]}={r[1] * r[2] / grand:.1%}" for r in rows))
print("|".join(s.center(7) for s in ("a", "bb", "ccc")))
print("{:^30}".format(" centered title "), "|")
print(str(3.14159).ljust(10, "."), str(42).rjust(6, "~"))
