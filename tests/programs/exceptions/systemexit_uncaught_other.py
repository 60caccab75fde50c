# SystemExit with a non-int, non-None code prints its str() and exits with status 1.
print("stdout line")
raise SystemExit([1, 2])
