# except clauses match subclasses, tuples, and the first matching clause wins.
class AppError(Exception): pass
class DbError(AppError): pass
class NetError(AppError): pass
def classify(exc):
    try:
        raise exc
    except DbError:
        return "db"
    except (NetError, KeyError):
        return "net-or-key"
    except AppError:
        return "app"
    except LookupError:
        return "lookup"
    except Exception as e:
        return "other " + type(e).__name__
for exc in (DbError(), NetError(), AppError(), KeyError(), IndexError(), ValueError()):
    print(type(exc).__name__, "->", classify(exc))
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("dynamic tuple:", e)
