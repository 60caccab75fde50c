# ContextVar, Token and Context: values, defaults, set/reset, run, copies and
# the mapping protocol, with CPython's errors.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def no_address(text):
    # "<X at 0x…>" → "<X>", for every address in the text.
    pieces = text.split(" at 0x")
    for i in range(1, len(pieces)):
        pieces[i] = pieces[i][pieces[i].index(">"):]
    return "".join(pieces)


def show(label, thunk):
    try:
        result = thunk()
    except BaseException as error:
        print(label, type(error).__name__, no_address(str(error)))
    else:
        print(label, no_address(repr(result)))


v = ContextVar("v")
w = ContextVar("w", default=5)
print(no_address(repr(v)), no_address(repr(w)))
show("get", v.get)
show("get default", lambda: v.get(3))
show("get var default", w.get)
show("get both", lambda: w.get(7))
show("name", lambda: v.name)
show("int name", lambda: ContextVar(1))
show("no name", lambda: ContextVar())
show("two positional", lambda: ContextVar("a", 1))
show("name keyword", lambda: ContextVar(name="a"))
show("three", lambda: ContextVar("a", default=1, x=2))
show("bad keyword", lambda: ContextVar("a", x=2))
show("set name", lambda: setattr(v, "name", "q"))
show("subclass", lambda: type("X", (ContextVar,), {}))
show("generic", lambda: ContextVar[int])
show("token generic", lambda: Token[int])
show("hash", lambda: hash(v) == hash(v))

token = v.set(1)
print(no_address(repr(token)), token.var is v, token.old_value is Token.MISSING)
print(Token.MISSING, type(Token.MISSING).__name__)
show("after set", v.get)
token2 = v.set(2)
print(token2.old_value)
v.reset(token2)
show("after reset", v.get)
v.reset(token)
show("after first reset", v.get)
show("reuse", lambda: v.reset(token))
show("not a token", lambda: v.reset(1))
show("other var", lambda: w.reset(v.set(2)))
show("Token()", Token)
show("Context(1)", lambda: Context(1))
show("Context(x=1)", lambda: Context(x=1))
show("copy_context(1)", lambda: copy_context(1))
show("token var", lambda: setattr(token, "var", 1))

ctx = copy_context()
show("getitem", lambda: ctx[v])
show("getitem bad", lambda: ctx[1])
show("getitem str", lambda: ctx["v"])
show("in", lambda: v in ctx)
show("in bad", lambda: 1 in ctx)
show("len", lambda: len(ctx))
show("ctx.get", lambda: ctx.get(v))
show("ctx.get default", lambda: ctx.get(v, 9))
show("ctx.get bad", lambda: ctx.get(1))
show("missing key", lambda: ctx[w])


def body(a, b=0):
    v.set(a + b)
    return v.get(), len(copy_context())


show("run", lambda: ctx.run(body, 1, b=2))
show("ctx[v] after run", lambda: ctx[v])
show("outside", v.get)
show("keys", lambda: list(ctx.keys()) == [v])
show("values", lambda: list(ctx.values()))
show("items", lambda: [(key is v, value) for key, value in ctx.items()])
show("iter", lambda: list(ctx) == [v])
show("reenter", lambda: ctx.run(lambda: ctx.run(lambda: 1)))
show("run nothing", lambda: ctx.run())
show("run raises", lambda: ctx.run(int, "x"))
show("entered again after error", lambda: ctx.run(lambda: "fine"))
show("eq copy", lambda: ctx == ctx.copy())
show("eq empty", lambda: ctx == Context())
show("ne", lambda: ctx != Context())
show("eq other", lambda: ctx == {})
show("hash ctx", lambda: hash(ctx))
print(no_address(repr(ctx)))
print(ContextVar.__module__, Context.__module__, Token.__module__)
print(Context.__hash__)

token3 = ctx.run(v.set, 10)
show("reset elsewhere", lambda: v.reset(token3))
show("reset inside", lambda: ctx.run(v.reset, token3))
show("value restored", lambda: ctx[v])
show("used", lambda: ctx.run(v.reset, token3))
show("fresh context", lambda: Context().run(v.reset, token3))

# A copy is independent of later changes.
snapshot = copy_context()
w.set(100)
print(w.get(), snapshot.get(w), copy_context()[w], snapshot.run(w.get))
outer = copy_context()


def nested():
    w.set(1)
    inner = copy_context()
    w.set(2)
    return inner[w], w.get()


print(outer.run(nested), w.get(), outer[w])
print(sorted(name for name in dir(contextvars) if not name.startswith("_")))
