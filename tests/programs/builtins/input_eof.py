# input() with stdin at end of file raises EOFError; the prompt is still written.
try:
    line = input("prompt> ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError:", repr(e), e.args)
print("done")
