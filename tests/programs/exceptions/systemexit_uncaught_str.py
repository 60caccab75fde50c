# SystemExit("text") prints the text to stderr and exits with status 1.
print("stdout line")
raise SystemExit("fatal: something went wrong")
