# An exception raised by __exit__ while another exception propagates.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("failed to release")

with Resource():
    raise KeyError("while using the resource")
