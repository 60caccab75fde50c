# f-string format specs: fill, align, sign, width, grouping, precision, type.
n = 1234567.891
i = 255
print(f"[{i:5}] [{i:<5}] [{i:^5}] [{i:>5}] [{i:05}] [{i:+}] [{-i: }] [{i: }]")
print(f"[{i:x}] [{i:X}] [{i:o}] [{i:b}] [{i:#x}] [{i:#o}] [{i:#b}] [{i:#010x}]")
print(f"[{n:.2f}] [{n:,.2f}] [{n:_.1f}] [{n:e}] [{n:.3E}] [{n:g}] [{n:.10g}] [{n:%}]")
print(f"[{i:,}] [{10**9:_}] [{10**9:_x}] [{i:c}] [{65:c}]")
print(f"[{'text':>10}] [{'text':*<10}] [{'text':=^10}] [{'text':.2}] [{'text':10.3}]")
print(f"[{-3.5:08.2f}] [{-3:=+6}] [{3:=+6}] [{0.5:.0%}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{1e-7:f}] [{1e-7:g}] [{123456789.0:g}] [{0.0001:g}] [{float('inf'):f}] [{float('nan'):>6}]")
print(f"[{True:d}] [{True}] [{3:.2f}] [{7:n}]")
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1:,c}"
except ValueError as e:
    print("ValueError:", e)
