# sys.settrace(): frame.f_trace set directly (as bdb does), f_trace_opcodes, generator
# throw(), a trace function that raises (tracing stops), threading.settrace, argument errors.
import sys
ev = []
def local(frame, event, arg):
    ev.append(("L", frame.f_code.co_name, event, frame.f_lineno))
    return local
def glob(frame, event, arg):
    ev.append(("G", frame.f_code.co_name, event, frame.f_lineno))
    return None
def a():
    x = 1
    return x
def gen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 3
def bdb_like():
    f = sys._getframe()
    f.f_trace = local
    sys.settrace(glob)
    y = 2
    a()
    z = 3
    return y + z
bdb_like()
sys.settrace(None)
def opc(frame, event, arg):
    frame.f_trace_opcodes = True
    ev.append(("O", frame.f_code.co_name, event, frame.f_lineno))
    return opc
sys.settrace(opc)
a()
g = gen(); next(g); g.throw(ValueError)
sys.settrace(None)
def bad(frame, event, arg):
    if event == 'line': raise RuntimeError("boom")
    return bad
sys.settrace(bad)
try:
    a()
except RuntimeError as e:
    import traceback; traceback.print_exc(file=sys.stdout)
print(sys.gettrace())
import threading
def tf(): a()
threading.settrace(local)
t = threading.Thread(target=tf); t.start(); t.join()
threading.settrace(None)
print(sys.gettrace())
for e in ev: print(e)
try: sys.settrace()
except TypeError as e: print(e)
try: sys.gettrace(1)
except TypeError as e: print(e)
