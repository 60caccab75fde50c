# The signal module's constants, default handlers and argument errors.
import signal
import _signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, int(signal.SIGUSR1), signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), signal.ITIMER_REAL, signal.ITIMER_PROF)
print(sorted(s.name for s in signal.Signals))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ))
print(signal.getsignal(signal.SIGCHLD), signal.getsignal(signal.SIGUSR1))
print(len(signal.valid_signals()), signal.SIGKILL in signal.valid_signals(), sorted(signal.valid_signals())[:5])
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGUSR1))
print(signal.strsignal(signal.SIGRTMIN) is None or isinstance(signal.strsignal(signal.SIGRTMIN), str))
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1].__name__, signal.ItimerError.__module__)
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0))
print(signal.sigpending(), signal.pthread_sigmask(signal.SIG_BLOCK, []))
print(signal.siginterrupt(signal.SIGUSR1, True), signal.siginterrupt(signal.SIGUSR1, False))
print(signal.set_wakeup_fd(-1))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__, e)


attempt(signal.signal, 0, signal.SIG_DFL)
attempt(signal.signal, signal.NSIG, signal.SIG_DFL)
attempt(signal.signal, signal.SIGKILL, signal.SIG_DFL)
attempt(signal.signal, signal.SIGSTOP, signal.SIG_IGN)
attempt(signal.signal, signal.SIGUSR1, 5)
attempt(signal.signal, signal.SIGUSR1, "handler")
attempt(signal.signal, "x", signal.SIG_DFL)
attempt(signal.getsignal, 100)
attempt(signal.getsignal, 0)
attempt(signal.strsignal, 100)
attempt(signal.strsignal, 0)
attempt(signal.alarm, -1)
attempt(signal.setitimer, signal.ITIMER_REAL, -1)
attempt(signal.setitimer, 99, 1)
attempt(signal.getitimer, 5)
attempt(signal.set_wakeup_fd, 99)
attempt(signal.default_int_handler)
attempt(signal.default_int_handler, 2, None)
attempt(signal.pthread_sigmask, 99, [])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [0])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [1000])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, 5)
attempt(signal.siginterrupt, 100, 1)
attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, 100)
attempt(_signal.signal, signal.SIGUSR1)
attempt(_signal.pause, 1)
attempt(_signal.getsignal)
