# Names in a loaded code object are interned like the compiler's, so
# attribute access and globals work through them.
import marshal
import sys

source = '''
class Box:
    def __init__(self):
        self.attribute_name = 41
    def method_name(self):
        return self.attribute_name + 1
global_name = Box().method_name()
'''
code = marshal.loads(marshal.dumps(compile(source, 'names', 'exec')))
for name in code.co_names:
    print(name, name is sys.intern(name))
namespace = {}
exec(code, namespace)
print(namespace['global_name'])
box = namespace['Box']()
print(box.method_name(), getattr(box, 'attribute_name'))
