# format() and the format-spec mini-language for ints, floats and strings.
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.5, "+.1f"), format(1234567.891, ",.2f"))
print(format(1234567, ","), format(1234567, "_"), format(0.25, "%"), format(0.256, ".1%"), format(1e-7, "g"))
print(format(123.456, "e"), format(123.456, ".2E"), format(0.00001234, "g"), format(1e20, "g"), format(12345.678, ".3g"))
print(format("abc", ">6"), format("abc", "<6") + "|", format("abc", "^7"), format("abc", "*^7"), format("abcdef", ".3"))
print(format(42, "d"), format(42, "5d"), format(42, "05d"), format(-42, "05d"), format(42, "+d"), format(42, " d"))
print(format(42, "=+6d"), format(3.0, ""), format(3.0, "g"), format(1.5, "n"), format(2**70, "x"))
print(format(float("inf"), ".2f"), format(float("nan"), "f"), format(-0.0, ".1f"), format(1.0, ".0f"), format(2.5, ".0f"))
print(format(True), format(True, "d"), format(None), format([1], ""), format(1 + 2j, ".1f"))
print(f"{'x':>{5}}", f"{3.14159:.{3}f}", f"{10:#x}", f"{255:#010b}", f"{65:c}")
for bad in ((1.5, "d"), ("s", "d"), (1, "s"), (1, ".2s"), ([1], "x")):
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
