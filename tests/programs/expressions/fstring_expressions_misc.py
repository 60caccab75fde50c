# f-strings evaluate arbitrary expressions left to right, with quotes and nesting.
def v(label):
    print("eval", label)
    return label

print(f"{v('a')}-{v('b')}-{v('c')}")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n'] * 2}")
print(f'{d["key"]!r}')
print(f"{'yes' if d else 'no'}")
print(f"{(lambda q: q * 2)(4)}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"""{
    1 +
    2
}""")
print(rf"\n{d['n']}\t")
print(f"{'x':>{d['n']}}")
print(f"{3:{'>'}{5}}")
a = b = "nested"
print(f"{f'{a}-{b}' if True else a}")
print(f"{len(f'{a:20}')}")
print(f"{3!r}" f" literal {4}" "plain")
