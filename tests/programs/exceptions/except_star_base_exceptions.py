# except* with BaseExceptions: naked ones are wrapped in a BaseExceptionGroup,
# and what the handlers raise is gathered with BaseExceptionGroup's rules.
def outcome(body):
    try:
        body()
    except BaseException as e:
        return e


def naked_interrupt():
    try:
        raise KeyboardInterrupt("stop")
    except* KeyboardInterrupt as g:
        print("caught:", type(g).__name__, repr(g))
        print("wrapper traceback:", g.__traceback__)


naked_interrupt()


def naked_reraised():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


e = outcome(naked_reraised)
print("naked re-raised:", type(e).__name__, repr(e))


def naked_replaced():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


e = outcome(naked_replaced)
print("naked replaced:", repr(e), repr(e.__context__))

for raised in (SystemExit(3), KeyError("k"), KeyboardInterrupt()):
    def one_raised():
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise raised
    e = outcome(one_raised)
    print(type(raised).__name__, "->", type(e).__name__, repr(e), repr(e.__context__))


def base_member_rest():
    try:
        raise BaseExceptionGroup("b", [ValueError(1), GeneratorExit(2)])
    except* ValueError:
        raise TypeError("t")


e = outcome(base_member_rest)
print("mixed:", repr(e))


def two_handlers_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from value")
    except* TypeError:
        raise SystemExit("from type")


e = outcome(two_handlers_raise)
print("two raised:", repr(e))
