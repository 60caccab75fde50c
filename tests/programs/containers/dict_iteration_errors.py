def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 1, 2: 2}
def add():
    for k in d:
        d[k + 10] = 0
t(add)
print(len(d))
d = {1: 1, 2: 2}
def delete():
    for k in d:
        del d[k]
t(delete)
d = {1: 1, 2: 2, 3: 3}
def keyschange():
    for k in d:
        del d[k]
        d[k + 100] = 0
t(keyschange)
d = {1: 1, 2: 2}
def vals():
    for v in d.values():
        d.pop(1)
t(vals)
d = {1: 1, 2: 2}
def items():
    for kv in d.items():
        d['new'] = 1
t(items)
d = {1: 1, 2: 2}
def modval():
    for k in d:
        d[k] = 'changed'
    return d
t(modval)
d = {1: 1, 2: 2}
def rev():
    for k in reversed(d):
        d[99] = 1
t(rev)
d = {1: 1, 2: 2}
def rev2():
    for k in reversed(d):
        d.clear()
t(rev2)
d = {1: 1}
it = iter(d)
d[2] = 2
t(lambda: next(it))
t(lambda: next(it))
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d.pop(1)
d[3] = 3
t(lambda: next(it))
