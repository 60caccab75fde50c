def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

import sys
show("input from /dev/null", lambda: input())
show("input prompt", lambda: input("prompt> "))
show("input too many", lambda: input(1, 2))
show("input kwargs", lambda: input(prompt="p"))
show("input non-str prompt", lambda: input(42))
