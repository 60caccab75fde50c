# except* handles part of a group; the rest is re-raised and printed.
try:
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), KeyError("k")])
except* ValueError:
    print("handled the ValueError")
