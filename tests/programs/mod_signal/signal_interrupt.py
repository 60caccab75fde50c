# SIGINT raises KeyboardInterrupt where the program is; an uncaught one ends
# the process by SIGINT after the traceback. Default dispositions in a child.
import os
import signal
import sys

try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000):
        pass
    print("not reached")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")

signal.signal(signal.SIGINT, lambda s, f: print("custom SIGINT handler", s))
os.kill(os.getpid(), signal.SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print("ignored SIGINT")
signal.signal(signal.SIGINT, signal.default_int_handler)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("child ended by", os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGTERM, lambda s, f: os._exit(42))
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("child handler exit", os.waitstatus_to_exitcode(status))


def work():
    os.kill(os.getpid(), signal.SIGINT)
    while True:
        pass


work()
