# A loaded code object has the original's attributes.
import marshal


def sample(a, b=2, *args, c, d=4, **kwargs):
    x = a + b
    def inner():
        return x + c
    return inner


code = sample.__code__
loaded = marshal.loads(marshal.dumps(code))
names = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_flags',
         'co_firstlineno', 'co_name', 'co_qualname', 'co_varnames', 'co_cellvars', 'co_freevars',
         'co_names', 'co_stacksize']
for name in names:
    print(name, getattr(loaded, name) == getattr(code, name))
print(loaded.co_code == code.co_code, loaded.co_consts[1:] == code.co_consts[1:])
print(list(loaded.co_positions()) == list(code.co_positions()))
print(list(loaded.co_lines()) == list(code.co_lines()))
print(loaded.co_exceptiontable == code.co_exceptiontable)
inner = [c for c in loaded.co_consts if type(c) is type(code)][0]
print(inner.co_name, inner.co_freevars, inner.co_qualname)
