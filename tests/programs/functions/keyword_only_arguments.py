# Parameters after * or *args can only be passed by keyword.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("a", secure=True))
print(connect("b", port=443, secure=False))
try:
    connect("c", 8080, True)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("d")
except TypeError as e:
    print("TypeError:", e)

def log(*messages, sep=" ", end="!"):
    return sep.join(messages) + end

print(log("a", "b"), log("a", "b", sep="-", end="?"))
print(connect.__kwdefaults__, log.__kwdefaults__, connect.__code__.co_kwonlyargcount)

def many(*, a, b, c=3, d):
    return a, b, c, d
try:
    many()
except TypeError as e:
    print("TypeError:", e)
try:
    many(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print(many(d=4, b=2, a=1))
