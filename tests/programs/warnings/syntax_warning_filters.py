# Compile-time SyntaxWarnings go through the same filters: "error" makes
# them SyntaxErrors at the offending code, "ignore" hides them, and the
# registry-less "once" uses the once registry.
import _warnings

def compile_and_report(source, filename="<source>"):
    try:
        compile(source, filename, "exec")
        print("compiled", repr(source))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, (e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text))

compile_and_report("x is 1")
_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
compile_and_report("y = 2\nx is 1")
compile_and_report("assert (x, 'message')")
compile_and_report("f = (1, 2)(3)")
_warnings.filters[0] = ("ignore", None, SyntaxWarning, None, 0)
compile_and_report("x is 1")
_warnings.filters[0] = ("once", None, SyntaxWarning, None, 0)
compile_and_report("x is 1")
compile_and_report("x is 1", "<other source>")
print(_warnings._onceregistry)
_warnings.filters[0] = ("error", None, SyntaxWarning, "<other source>", 0)
compile_and_report("x is not 1")
compile_and_report("x is not 1", "<other source>")
del _warnings.filters[0]
compile_and_report("x is 1")
