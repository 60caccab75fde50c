# String concatenation, multiplication, membership, comparison and iteration.
s = "héllo"
print([c for c in s], len(s), s[1], s[-1], s.encode("utf-8"), len(s.encode("utf-8")))
print("ab" + "cd", "ab" * 3, 3 * "x", "" * 5, "ab" * -1, "a" in "abc", "" in "abc", "abc" in "ab")
print("apple" < "banana", "Zebra" < "apple", "a" < "aa", "" < "a", "é" > "z", max("hello"), min("hello"))
print(str(1) + "1", "%s" % 1 + "1", "".join(reversed("abc")), "-".join("abc"), ",".join(map(str, range(4))))
print("x".join(["only"]), "Mississippi".count("ss"), "abcabc".index("c", 3), "a\tb".split("\t"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
