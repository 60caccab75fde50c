# sys.settrace(): call, line, return and exception events with their line numbers, for
# pattern matching, generators, nested functions, one-line bodies and class bodies, and
# f_locals written back by a trace function.
import sys
events = []
def tracer(frame, event, arg):
    events.append((frame.f_code.co_name, event, frame.f_lineno, repr(arg) if event != 'exception' else arg[0].__name__))
    return tracer
def f(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"
        case _:
            return "default"
def g():
    for i in range(2):
        yield i
def h():
    try:
        1/0
    except ZeroDivisionError:
        pass
    x = 1
    def inner():
        return x
    inner()
    raise KeyError(3)
sys.settrace(tracer)
f("go n"); f("go x"); f("spam")
list(g())
try: h()
except KeyError: pass
def loc():
    a = 1
    b = 2
    return a + b
def setter(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'loc' and frame.f_lineno == 39:
        frame.f_locals['a'] = 100
    return setter
sys.settrace(setter)
r = loc()
sys.settrace(None)
print(r)
print(sys.gettrace())
for e in events: print(e)
def tr(frame, event, arg):
    print(frame.f_code.co_name, event, frame.f_lineno, frame.f_lasti >= 0)
    return tr
def one(): return 1
def gen(): yield 1; yield 2
def two():
    return 2
lam = lambda: 3
sys.settrace(tr)
one(); list(gen()); two(); lam()
class K2: y = 1
sys.settrace(None)
