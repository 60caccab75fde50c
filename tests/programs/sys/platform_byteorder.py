# sys.platform and sys.byteorder on this (Linux, little-endian) machine.
import sys
print(sys.platform, sys.byteorder)
print(sys.platform.startswith("linux"), sys.byteorder in ("little", "big"))
print((1).to_bytes(2, sys.byteorder) == (1).to_bytes(2, "little"))
