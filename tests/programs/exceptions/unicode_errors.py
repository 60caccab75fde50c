# UnicodeDecodeError and UnicodeEncodeError messages and attributes.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "h\u00e9llo".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, e.reason)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"))
print("h\u00e9".encode("ascii", "replace"), "h\u00e9".encode("ascii", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
