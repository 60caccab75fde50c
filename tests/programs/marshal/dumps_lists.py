# Lists ('['), empty and nested.
import marshal


def show(value, version=4):
    print(value if len(repr(value)) < 40 else len(value), version, marshal.dumps(value, version)[:48])


show([])
show([1])
show([1, 'two', 3.0, None])
empty = []
inner = [empty]
show([empty, inner])
show(list(range(300)))
for version in range(5):
    show([1, inner], version)
