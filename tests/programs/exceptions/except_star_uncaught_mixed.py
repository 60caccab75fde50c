# An uncaught except* result: exceptions raised in handlers beside the
# unhandled rest, printed with their chains.
def work():
    try:
        raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError:
        raise KeyError("replaced") from None
    except* TypeError as g:
        raise RuntimeError("while handling")


def run():
    work()


run()
