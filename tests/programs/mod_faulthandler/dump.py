# The traceback written by dump_traceback, and the fatal-signal dump of a child.
# unsanitized: the child's SIGSEGV is chained to the sanitizer's handler, which reports it and exits 1
import faulthandler, os, sys, signal

def normalise(text):
    lines = []
    for line in text.splitlines():
        if "thread 0x" in line or "Thread 0x" in line:
            line = line.split(" 0x")[0] + " 0x... " + line.split(" ", 3)[-1].split(" ", 1)[-1]
        lines.append(line.replace(__file__, "THIS"))
    return "\n".join(lines)

def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)

r, w = os.pipe()
inner(w, False)
inner(w, True)
os.close(w)
print(normalise(os.read(r, 65536).decode()))
os.close(r)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
for call, args in [(faulthandler.dump_traceback_later, (0,)), (faulthandler.register, (signal.SIGSEGV,)),
                   (faulthandler.register, (99999,)), (faulthandler.unregister, (signal.SIGSEGV,))]:
    try:
        call(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.register(signal.SIGUSR1, file=sys.stdout),
      faulthandler.unregister(signal.SIGUSR1))
faulthandler.dump_traceback_later(30)
faulthandler.cancel_dump_traceback_later()

def crash():
    faulthandler._sigsegv()

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 2)
    faulthandler.enable(all_threads=False)
    crash()
    os._exit(0)
os.close(w)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGSEGV)
print(normalise(os.read(r, 65536).decode()))
