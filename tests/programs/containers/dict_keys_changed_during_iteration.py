def run(f):
    try:
        f()
        print('no error')
    except RuntimeError as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
def swap():
    for k in d:
        del d[k]
        d[k * 10] = 'x'
run(swap)
print(d)
d = {1: 'a', 2: 'b'}
def swap_values():
    for v in d.values():
        d.pop(next(iter(d)))
        d[5] = 'y'
run(swap_values)
d = {1: 'a', 2: 'b'}
def swap_items():
    for kv in d.items():
        d.popitem()
        d['q'] = 0
run(swap_items)
d = {1: 'a', 2: 'b'}
def swap_reversed():
    for k in reversed(d):
        d.popitem()
        d['n'] = 0
run(swap_reversed)
d = {1: 'a', 2: 'b', 3: 'c'}
def grow_then_shrink():
    for k in d:
        d[100] = 1
        del d[100]
run(grow_then_shrink)
d = dict.fromkeys(range(5))
def update_existing():
    for k in d:
        d.update({k: 'seen'})
run(update_existing)
print(d)
s = {1, 2, 3}
def set_swap():
    for x in s:
        s.discard(x)
        s.add(x + 100)
run(set_swap)
