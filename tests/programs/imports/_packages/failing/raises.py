import sys
COUNT = getattr(sys, "_raises_count", 0) + 1
sys._raises_count = COUNT
print("failing.raises body runs, time", COUNT)
raise ValueError("module body failed")
