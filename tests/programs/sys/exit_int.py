# sys.exit(4): status 4.
import sys
print("about to exit with 4")
sys.exit(4)
