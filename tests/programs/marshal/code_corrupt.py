# Truncated or altered code-object data never crashes loads: each attempt
# loads or raises an exception.
import marshal

source = '''
def f(a, b):
    try:
        return [a[i] + b for i in range(len(a))]
    except TypeError:
        return None
result = f([1, 2], 3)
'''
data = marshal.dumps(compile(source, 'corrupt', 'exec'))
print(marshal.loads(data).co_name)
attempts = 0
for end in range(len(data)):
    try:
        marshal.loads(data[:end])
    except Exception:
        pass
    attempts += 1
for position in range(0, len(data), 3):
    altered = bytearray(data)
    altered[position] ^= 0x5A
    try:
        marshal.loads(altered)
    except Exception:
        pass
    attempts += 1
print(attempts == len(data) + len(range(0, len(data), 3)))
