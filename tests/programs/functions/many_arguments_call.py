# Calls with many positional and keyword arguments.
def count(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())

args = list(range(1000))
kwargs = {f"k{i}": i for i in range(500)}
print(count(*args, **kwargs))
src = "f(" + ", ".join(f"a{i}={i}" for i in range(300)) + ")"
def f(**kw):
    return len(kw), kw["a299"]
print(eval(src))
params = ", ".join(f"p{i}" for i in range(260))
ns = {}
exec(f"def wide({params}):\n    return p0 + p259\n", ns)
print(ns["wide"](*range(260)))
try:
    ns["wide"](*range(261))
except TypeError as e:
    print("TypeError:", e)
