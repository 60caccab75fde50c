# Explicit close() finalises a suspended generator at once, running its with and finally blocks.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, "on", t.__name__ if t else "normal exit")

def reader(name, lines):
    with Resource(name):
        try:
            for line in lines:
                yield line
        finally:
            print("reader finally", name)

r = reader("file1", ["a", "b", "c"])
for line in r:
    print("line", line)
    if line == "b":
        break
print("loop broken, generator suspended")
r.close()
print("after close")

r2 = reader("file2", ["x"])
print(list(r2))

class Closing:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return self.gen
    def __exit__(self, *exc):
        self.gen.close()

with Closing(reader("file3", ["1", "2"])) as g:
    print("first of file3:", next(g))
print("done")
