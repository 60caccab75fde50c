# A sub-exception with its own cause is printed with the chain inside the box.
def step():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("step failed") from e

errors = []
try:
    step()
except ValueError as e:
    errors.append(e)
raise ExceptionGroup("pipeline", errors)
