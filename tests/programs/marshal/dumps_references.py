# From version 3, an object met a second time is written as a reference
# ('r' and the index of the flagged object); before, it is written again.
import marshal


def show(value, version=4):
    print(version, marshal.dumps(value, version))


s = 'shared string'
t = (s, s)
show(t)
big = 2**70
show([big, big, big])
inner = [1, 2]
show([inner, inner])
show({'a': inner, 'b': inner})
for version in range(5):
    show([s, s], version)
x = 1.25
show((x, x))
