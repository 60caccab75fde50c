# Compile-time SyntaxWarnings go to sys.stderr, written in the warnings
# module's pieces; the source line shown is the named file's own line.
import sys
class W:
    def write(self, s):
        sys.stdout.write("W:" + s)
        return len(s)
    def flush(self):
        pass
sys.stderr = W()
compile("x is 1", "<s>", "exec")
compile("assert (x, 'msg')", "<s2>", "exec")
exec("def f():\n    return (1, 2)(3)\n")
compile("\n\n\n\nz = 5\nx is 1", __file__, "exec")
sys.stderr = sys.__stderr__
compile("x is 1", "<s3>", "exec")
print("done")
