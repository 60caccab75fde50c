# sys.exit() without an argument: status 0, finally blocks run.
import sys
try:
    print("exiting")
    sys.exit()
finally:
    print("finally ran")
print("never printed")
