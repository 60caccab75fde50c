# Python signal handlers run at the interpreter's safe points: after
# raise_signal and kill, from alarm and setitimer during a loop, a sleep
# (which then completes, PEP 475) or pause; handlers that raise; SIG_IGN;
# blocked signals delivered when unblocked.
import os
import signal
import time

received = []


def handler(signum, frame):
    received.append((signal.Signals(signum).name, type(frame).__name__))


old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(received)
os.kill(os.getpid(), signal.SIGUSR1)
print(received)

signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
deadline = time.monotonic() + 10
while not any(name == "SIGALRM" for name, _ in received) and time.monotonic() < deadline:
    pass
print("alarm during a loop:", received[-1])

received.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.3)
print("sleep completed:", time.monotonic() - start >= 0.3, received)

received.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print("pause:", received)

remaining = signal.setitimer(signal.ITIMER_REAL, 10, 0)
print(remaining)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(0 < delay <= 10, interval)


class Stop(Exception):
    pass


def raising(signum, frame):
    raise Stop("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raising)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Stop as e:
    print("Stop", e)

signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.signal(signal.SIGALRM, raising)
try:
    time.sleep(5)
    print("not reached")
except Stop as e:
    print("sleep interrupted:", e)

try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored", signal.getsignal(signal.SIGUSR1))

received.clear()
signal.signal(signal.SIGUSR1, handler)
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
os.kill(os.getpid(), signal.SIGUSR1)
print("blocked:", received, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print("unblocked:", received)


def first(signum, frame):
    received.append("first")


received.clear()
print(signal.signal(signal.SIGUSR1, first) is handler, signal.signal(signal.SIGUSR1, handler) is first)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler, signal.getsignal(signal.SIGUSR1))

r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(w) == w)
signal.signal(signal.SIGUSR2, handler)
received.clear()
signal.raise_signal(signal.SIGUSR2)
print(os.read(r, 10), received)
print(signal.set_wakeup_fd(-1) == w)
os.close(r)
os.close(w)

frames = []
signal.signal(signal.SIGUSR1, lambda signum, frame: frames.append(frame.f_code.co_name))


def inner():
    signal.raise_signal(signal.SIGUSR1)


inner()
print(frames)
print(signal.signal(signal.SIGINT, signal.default_int_handler) is signal.default_int_handler)
