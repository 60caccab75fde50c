# An uncaught ExceptionGroup prints its tree of sub-exceptions.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} has a bad type")

def run_all():
    errors = []
    for n in range(3):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("tasks failed", errors)

run_all()
