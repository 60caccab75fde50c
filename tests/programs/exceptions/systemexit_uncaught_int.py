# An uncaught SystemExit(3) ends the program with status 3.
print("before")
try:
    raise SystemExit(3)
finally:
    print("finally runs")
