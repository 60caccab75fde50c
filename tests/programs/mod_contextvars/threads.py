# Each thread has its own current context: a new thread starts with an empty
# one, and Context.run carries values into a thread.
import _thread
from contextvars import ContextVar, copy_context

var = ContextVar("var", default="default")
var.set("main value")


def in_thread(function, *args):
    done = _thread.allocate_lock()
    done.acquire()
    box = {}

    def body():
        try:
            box["result"] = function(*args)
        except BaseException as error:
            box["result"] = "%s: %s" % (type(error).__name__, str(error).split(" at 0x")[0])
        done.release()

    _thread.start_new_thread(body, ())
    done.acquire()
    return box["result"]


def look():
    return var.get(), len(copy_context())


print(look())
print(in_thread(look))
context = copy_context()
print(in_thread(context.run, look))


def change():
    var.set("thread value")
    return var.get()


print(in_thread(change), var.get())
print(in_thread(context.run, change), var.get(), context[var])
token = var.set("again")
print(in_thread(var.reset, token))
var.reset(token)
print(var.get())
# One context cannot be entered by two threads at once.
entered = _thread.allocate_lock()
entered.acquire()
leave = _thread.allocate_lock()
leave.acquire()


def hold():
    entered.release()
    leave.acquire()


def holder():
    context.run(hold)


_thread.start_new_thread(holder, ())
entered.acquire()
try:
    context.run(look)
except RuntimeError as error:
    print("RuntimeError", str(error).split(":")[0])
leave.release()
