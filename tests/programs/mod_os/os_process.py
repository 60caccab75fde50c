# Processes and the system: ids, fork/wait/exec, exit statuses, kill,
# uname, times, sysconf/confstr/pathconf, umask, urandom, register_at_fork.
import os
import sys

print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
print(type(os.getpid()).__name__, os.getpid() > 1, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), type(os.getgroups()).__name__)
print(os.getpgrp() == os.getpgid(0), os.getsid(0) > 0)

u = os.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname, all(isinstance(x, str) for x in u))
print(os.uname_result.__match_args__ if hasattr(os, "uname_result") else type(u).__match_args__)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.elapsed > 0, t[4] == t.elapsed)
print(repr(os.times_result((1, 2, 3, 4, 5))) if hasattr(os, "times_result") else repr(type(t)((1, 2, 3, 4, 5))))
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
print(os.sched_getaffinity(0) <= set(range(os.cpu_count() * 2 + 64)), len(os.sched_getaffinity(0)) >= 1)
print(len(os.getloadavg()), all(isinstance(x, float) for x in os.getloadavg()))

print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]), os.sysconf("SC_PAGESIZE") > 0)
print(os.sysconf("SC_CLK_TCK") > 0, os.sysconf("SC_OPEN_MAX") > 2)
print(os.confstr("CS_PATH"), type(os.confstr("CS_GNU_LIBC_VERSION")).__name__)
print(os.pathconf("/", "PC_NAME_MAX"), os.fpathconf(0, "PC_PIPE_BUF") > 0 if os.isatty(0) else True)
print(len(os.sysconf_names) > 50, len(os.confstr_names) > 10, len(os.pathconf_names) > 10)
for f, args in [(os.sysconf, ("nonexistent",)), (os.sysconf, (1.5,)), (os.confstr, ("x",)),
                (os.pathconf, ("/nonexistent_krait", "PC_NAME_MAX")), (os.pathconf, ("/", "bad"))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

old = os.umask(0o022)
print(oct(os.umask(0o077)), oct(os.umask(old)))
print(len(os.urandom(0)), len(os.urandom(17)), type(os.urandom(3)).__name__, os.urandom(64) != os.urandom(64))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)

# Exit statuses.
for status in [0, 256, 512 | 0, 9, 15, 0x7f00]:
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WCOREDUMP(status), os.WIFCONTINUED(status))
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9), os.waitstatus_to_exitcode(status=0))
for bad in [-1, 0x7f | 0x1700]:
    try:
        os.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print("ValueError", e)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(7)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 3"])
_, status = os.waitpid(pid, 0)
print("execv child:", os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", 'test "$ONLY" = here && exit 5'], {"ONLY": "here"})
_, status = os.waitpid(pid, 0)
print("execve child:", os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    import time
    time.sleep(30)
    os._exit(0)
os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
print("killed child:", os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
print(os.waitpid(-1, os.WNOHANG) if False else "no children left")
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
print(os.system("exit 4") >> 8, os.waitstatus_to_exitcode(os.system("kill -9 $$")))

calls = []
os.register_at_fork(before=lambda: calls.append("before1"), after_in_parent=lambda: calls.append("parent1"),
                    after_in_child=lambda: calls.append("child1"))
os.register_at_fork(before=lambda: calls.append("before2"), after_in_parent=lambda: calls.append("parent2"))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(10 if calls == ["before2", "before1", "child1"] else 11)
_, status = os.waitpid(pid, 0)
print(calls, os.waitstatus_to_exitcode(status))
for kwargs in [{}, {"before": 1}, {"after_in_child": None}]:
    try:
        os.register_at_fork(**kwargs)
    except TypeError as e:
        print("TypeError", e)

for args in [("/bin/true", []), ("/bin/true", [""]), ("/bin/true", "x"), ("/bin/true", ("",))]:
    try:
        os.execv(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.execve("/bin/true", ["a"], 1)
except TypeError as e:
    print("TypeError", e)
try:
    os.execv("/nonexistent_krait", ["x"])
except OSError as e:
    print(type(e).__name__, e)
os.kill(os.getpid(), 0)
try:
    os.kill(os.getpid(), -1)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.kill(999999999, 0)
except OSError as e:
    print(type(e).__name__, e)
