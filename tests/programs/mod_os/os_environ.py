# os.environ over posix.environ (bytes to bytes), putenv and unsetenv as
# child processes see them, getenv, environb and their errors.
import os
import posix

print(type(posix.environ).__name__, all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in posix.environ.items()))
print(sorted(k for k in os.environ if k in ("PATH", "LANG", "PYTHONHASHSEED")))
print(os.environ["LANG"], os.environb[b"LANG"], os.getenv("LANG"), os.getenvb(b"LANG"))
print(os.getenv("KRAIT_NOT_SET"), os.getenv("KRAIT_NOT_SET", "default"))

os.environ["KRAIT_VAR"] = "value one"
print(os.environ["KRAIT_VAR"], os.environb[b"KRAIT_VAR"], "KRAIT_VAR" in os.environ)
status = os.system('test "$KRAIT_VAR" = "value one"')
print("system sees the variable:", os.waitstatus_to_exitcode(status))
del os.environ["KRAIT_VAR"]
status = os.system('test -z "$KRAIT_VAR"')
print("system sees it removed:", os.waitstatus_to_exitcode(status))
print("KRAIT_VAR" in os.environ)

os.putenv("KRAIT_RAW", "raw")
print("KRAIT_RAW" in os.environ, os.waitstatus_to_exitcode(os.system('test "$KRAIT_RAW" = raw')))
os.unsetenv("KRAIT_RAW")
print(os.waitstatus_to_exitcode(os.system('test -z "$KRAIT_RAW"')))
os.environ["KRAIT_UNICODE"] = "caf\u00e9"
print(os.environb[b"KRAIT_UNICODE"], os.environ.get("KRAIT_UNICODE"))
os.environb[b"KRAIT_BYTES"] = b"\xff\xfe"
print(repr(os.environ["KRAIT_BYTES"]))
print(os.environ.copy()["KRAIT_UNICODE"], type(os.environ.copy()).__name__)

for f, args in [
    (os.putenv, ("", "x")),
    (os.putenv, ("a=b", "x")),
    (os.putenv, ("a", "x\0")),
    (os.putenv, ("a\0", "x")),
    (os.putenv, (1, "x")),
    (os.unsetenv, ("a=b",)),
    (os.unsetenv, ("",)),
    (os.unsetenv, (None,)),
]:
    try:
        f(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.environ["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.environ["KRAIT_MISSING"]
except KeyError as e:
    print("KeyError", e)
print(sorted(os.get_exec_path()) == sorted(os.environ["PATH"].split(os.pathsep)))
