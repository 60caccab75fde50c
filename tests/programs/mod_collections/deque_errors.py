from collections import deque, defaultdict
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d=deque([1,2,3])
t(lambda: d.remove(9)); t(lambda: d.index(9)); t(lambda: deque().pop()); t(lambda: deque().popleft())
t(lambda: d['a']); t(lambda: d[10]); t(lambda: d[1:2]); t(lambda: deque([1],1).insert(0,1))
t(lambda: d+[1]); t(lambda: deque(maxlen=-1)); t(lambda: deque(1,2,3)); t(lambda: deque(maxlen='a'))
t(lambda: d.__reduce__()[:3]); t(lambda: hash(d)); t(lambda: d.rotate('a')); t(lambda: d.index(1, 'a'))
t(lambda: d.__delitem__(10)); t(lambda: d.__setitem__(10,1)); t(lambda: d*'a'); t(lambda: iter(d).__reduce__())
t(lambda: d.pop(1)); t(lambda: d.count()); t(lambda: d.insert())
t(lambda: defaultdict(1)); t(lambda: defaultdict(list, {1:2}).__reduce__()[:4]); t(lambda: repr(defaultdict(None)))
t(lambda: defaultdict()[3]); t(lambda: defaultdict(list)|1)
import _collections; print([n for n in dir(_collections) if n != 'OrderedDict'])
print(dir(deque))

t(lambda: d.rotate(1,2)); t(lambda: d.index()); t(lambda: d.index(1,2,3,4)); t(lambda: d.append()); t(lambda: d.append(x=1))
t(lambda: d.extend()); t(lambda: d.remove()); t(lambda: d.clear(1)); t(lambda: d.rotate(x=1)); t(lambda: d.insert(x=1))
t(lambda: d.__reversed__(1)); t(lambda: d.__copy__(1)); t(lambda: d.__reduce__(1)); t(lambda: d.copy(1)); t(lambda: d.reverse(1))
