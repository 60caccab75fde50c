# printf-style % formatting.
print("%d %i %s %r %f %.2f %e %g %x %X %o %c %%" % (1, 2, "s", "r", 1.5, 2.345, 1234.5, 0.0001, 255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%10.3f|%-10.2e|%.3s|%5s|%-5s|" % (3.14159, 12345.678, "abcdef", "ab", "ab"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%r" % ("x",))
print("%#x %#o %#X" % (255, 8, 255), "%c" % "z", "%.0f" % 0.5, "%.0f" % 1.5)
for fmt, args in (("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 5)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
