# Strings with NUL characters and lone surrogates behave as ordinary strings.
s = "a\x00b\x00c"
print(len(s), s.split("\x00"), repr(s), s.index("\x00", 2))
print("\x00" in s, s.replace("\x00", "-"), s.encode(), len(s.encode()))
lone = "x\ud800y"
print(len(lone), repr(lone), lone[1] == "\ud800", lone.encode("utf-8", "surrogatepass"))
try:
    print(lone)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
print("after")
