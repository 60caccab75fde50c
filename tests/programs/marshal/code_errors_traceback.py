# Tracebacks from a loaded code object show its file name, lines and
# positions, as the original's.
import marshal
import sys

source = '''
def fail(x):
    return x[1] + 1

def outer():
    return fail([1])
'''
code = marshal.loads(marshal.dumps(compile(source, 'virtual_file', 'exec')))
namespace = {}
exec(code, namespace)
try:
    namespace['outer']()
except IndexError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
