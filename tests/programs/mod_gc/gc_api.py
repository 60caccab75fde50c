# The gc module's API: flags, thresholds, collect() arguments, callbacks,
# constants, is_tracked.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
for args in ((), (1, 2, 3, 4), (1.5,)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int),
      isinstance(gc.collect(generation=1), int))
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL,
      gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, gc.callbacks, gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(type(gc.get_count()), len(gc.get_count()))

phases = []


def cb(phase, info):
    phases.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
print(phases)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked([]),
      gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_finalized(object()))
for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
print(gc.get_referents([1, "a"]), gc.get_referents({"k": "v"}, (1, 2)))
