# _tracemalloc before tracing starts (Krait never traces: these answers hold always).
import _tracemalloc
print(_tracemalloc.is_tracing(), _tracemalloc.get_traced_memory(), _tracemalloc.get_traceback_limit())
print(_tracemalloc._get_object_traceback([]), _tracemalloc._get_traces())
_tracemalloc.clear_traces()
_tracemalloc.reset_peak()
for bad in (0, 65536):
    try:
        _tracemalloc.start(bad)
    except ValueError as e:
        print(e)
