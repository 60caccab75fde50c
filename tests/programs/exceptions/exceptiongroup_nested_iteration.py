# Walking a nested ExceptionGroup tree, and BaseExceptionGroup with BaseExceptions.
def leaves(eg, depth=0):
    for e in eg.exceptions:
        print("  " * depth + type(e).__name__, e.args if not isinstance(e, BaseExceptionGroup) else e.message)
        if isinstance(e, BaseExceptionGroup):
            leaves(e, depth + 1)
tree = ExceptionGroup("root", [
    ValueError(1),
    ExceptionGroup("mid", [TypeError(2), ExceptionGroup("leafgrp", [KeyError(3)])]),
    OSError(2, "nf"),
])
leaves(tree)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, isinstance(beg, Exception))
m, r = beg.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(repr(tree.subgroup(OSError)))
print(tree.exceptions[2].__class__.__name__)
