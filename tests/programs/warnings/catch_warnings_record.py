# catch_warnings(record=True) collects WarningMessage objects and restores
# the filters and showwarning on exit.
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn(DeprecationWarning("second"))
    warnings.warn("third", RuntimeWarning, source="the source")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("ignore")
        warnings.warn("hidden")
    print("inner:", inner)
for w in log:
    print(type(w.message).__name__, w.message.args, w.category.__name__,
          w.filename.endswith("catch_warnings_record.py"), w.lineno, w.file, w.line, w.source)
print(str(log[0]).replace(log[0].filename, "FILE"))
print(warnings.filters == before, warnings.showwarning is warnings._showwarning_orig)

with warnings.catch_warnings(record=True, action="error", category=RuntimeWarning) as log:
    try:
        warnings.warn("strict", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn("not covered", UserWarning)
    print(len(log))
print(warnings.filters == before)
print(repr(warnings.catch_warnings(record=True)))
