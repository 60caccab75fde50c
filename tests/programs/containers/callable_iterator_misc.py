def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = iter('abc')
it = iter(lambda: next(data, None), None)
print(list(it), list(it))
vals = [1, 2.0, 3, 'stop', 4]
pos = [0]
def nxt():
    pos[0] += 1
    return vals[pos[0] - 1]
it = iter(nxt, 2)
print(list(it), pos)
class Eq:
    def __eq__(self, o):
        print('compare with', o)
        return o == 'halt'
src = iter(['go', 'halt', 'more'])
print(list(iter(lambda: next(src), Eq())))
it = iter(int, 0)
print(list(it), type(it).__name__)
it = iter(lambda: 1, 2)
print(next(it), next(it), it.__reduce__()[1][1])
t(lambda: iter(lambda x: x, 0).__next__())
