# Invalid raise statements and except clauses.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise "string"
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except (ValueError, 42):
        print("tuple with non-class: first element matched")
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", repr(e))
