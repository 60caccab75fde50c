# sys.exit("message"): the message goes to stderr, status 1.
import sys
print("stdout first")
sys.exit("error: bad input")
