# The first matching except clause wins; tuples and base classes match.
class AppError(Exception):
    pass

class NotFound(AppError):
    pass

def classify(exc):
    try:
        raise exc
    except NotFound:
        return "NotFound clause"
    except (KeyError, IndexError) as e:
        return f"lookup clause: {type(e).__name__}"
    except AppError:
        return "AppError clause"
    except ArithmeticError as e:
        return f"arithmetic clause: {type(e).__name__}"
    except Exception as e:
        return f"generic clause: {type(e).__name__}: {e}"

for exc in [NotFound(), AppError(), KeyError(1), IndexError(), ZeroDivisionError(),
            OverflowError(), RuntimeError("x"), ValueError]:
    print(classify(exc))

try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
