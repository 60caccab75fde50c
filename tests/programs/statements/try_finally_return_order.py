# Nested try/finally blocks run their finally clauses innermost first on return.
def nested():
    try:
        try:
            try:
                return "value"
            finally:
                print("finally 1")
        finally:
            print("finally 2")
    finally:
        print("finally 3")

print(nested())

def value_computed_before_finally():
    data = [1]
    try:
        return data
    finally:
        data.append(2)

print(value_computed_before_finally())

def finally_in_loop_with_return():
    for i in range(3):
        try:
            if i == 1:
                return f"return at {i}"
        finally:
            print("finally for", i)

print(finally_in_loop_with_return())

def except_then_finally():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            return "from nested except"
        finally:
            print("inner finally inside except")
    finally:
        print("outer finally")

print(except_then_finally())
