# gi_running is true while the generator executes; re-entering it raises ValueError.
def gen():
    print("inside, gi_running =", g.gi_running)
    try:
        next(g)
    except ValueError as e:
        print("ValueError:", e)
    yield 1

g = gen()
print("before, gi_running =", g.gi_running)
print(next(g))
print("after, gi_running =", g.gi_running)
print("suspended frame exists:", g.gi_frame is not None, "line", g.gi_frame.f_lineno)
g.close()
print("after close, gi_frame =", g.gi_frame)

def self_send():
    yield me.send(None)

me = self_send()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def simple():
    yield
s = simple()
print(s.gi_suspended)
next(s)
print(s.gi_suspended)
list(s)
print(s.gi_suspended, s.gi_frame)
