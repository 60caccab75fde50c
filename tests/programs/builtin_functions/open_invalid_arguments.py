# open()'s argument checks: modes, types and combinations.
NAME = "builtin_functions/open_scratch_invalid_arguments.txt"
open(NAME, "w").close()


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
    else:
        print("opened", type(f).__name__, f.mode)
        f.close()


for mode in ["rw", "", "rr", "z", "rbt", "U", "rU", "b", "t", "+", "r+w", "wa", "r++", "a\0", "rtb", "xr"]:
    attempt(NAME, mode)
for mode in ["rt", "tr", "br", "rb+", "+r", "b+r"]:
    attempt(NAME, mode)
attempt(NAME, 3)
attempt(NAME, b"r")
attempt(NAME, "rb", encoding="utf-8")
attempt(NAME, "rb", errors="strict")
attempt(NAME, "rb", newline="")
attempt(NAME, "rb", encoding=None, errors=None, newline=None)
attempt(NAME, encoding=3)
attempt(NAME, errors=3)
attempt(NAME, newline=3)
attempt(NAME, encoding="no-such-codec")
attempt(NAME, buffering=0)
attempt(NAME, buffering="x")
attempt(NAME, buffering=1.5)
attempt(NAME, closefd=False)
attempt()
attempt(NAME, bogus=1)
attempt(NAME, "r", -1, None, None, None, True, None, 1)
attempt(file=NAME, mode="r")
attempt(NAME, "r", file=NAME)
attempt(NAME, opener=3)
