# printf-style % formatting for str.
print("%s and %r" % ("str", "repr"))
print("%d %i %5d|%-5d|%05d" % (42, 7, 3, 3, 3))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.2f %8.3f %-8.1f| %e %.2E %g %G" % (3.14159, 2.71828, 1.5, 12345.678, 0.000123, 1e-10, 1e20))
print("%c%c" % (72, "i"))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%%d means integer; %s" % "ok")
print("%s" % (1, ))
print("%s" % [1, 2])
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%+d % d %+.1f" % (5, 5, -0.05))
print("%a" % "é")
print("%s %s" % (None, True))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
print(b"%s %d %x" % (b"bytes", 10, 255))
