# An exception in finally during propagation chains to the original one.
def work():
    try:
        raise ValueError("primary failure")
    finally:
        cleanup()

def cleanup():
    raise OSError("cleanup failed")

print("start")
work()
