# A view held by a variable, in any running frame, keeps its bytearray from resizing.
ba = bytearray(b'abc')


def try_append(label):
    try:
        ba.append(100)
        print(label, 'resized', ba)
    except BufferError as e:
        print(label, type(e).__name__, e)


def local_view():
    m = memoryview(ba)
    try_append('local in caller')
    m.release()
    try_append('after release')


def closure_view():
    m = memoryview(ba)[1:]

    def inner():
        return m[0]

    try_append('cell')
    print(inner())
    del m
    try_append('cell deleted')


class Body:
    v = memoryview(ba)
    try_append('class body')
    del v


local_view()
closure_view()
try_append('class gone')
g = memoryview(ba).toreadonly()
try_append('global readonly')
del g
try_append('global deleted')
with memoryview(ba) as cm:
    try_append('with target')
try_append('after with')
