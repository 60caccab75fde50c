# Re-raised and unhandled parts of an except* group keep the original's nesting,
# metadata and derive(); raised-in-handler exceptions go beside them in a new group.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "+", excs)


def outcome(body):
    try:
        body()
    except BaseException as e:
        return e


def reraise_both_clauses():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2),
                                     ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise
    except* TypeError:
        raise


e = outcome(reraise_both_clauses)
print("bare raises:", repr(e))


def raise_match_itself():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g


e = outcome(raise_match_itself)
print("raise g:", repr(e))


def raise_leaf():
    try:
        raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g.exceptions[0]


e = outcome(raise_leaf)
print("raise leaf:", repr(e))
print("leaf context:", repr(e.exceptions[0].__context__))


def derived_rest():
    try:
        raise Tagged("t", [ValueError(1), Tagged("u", [TypeError(2), KeyError(3)])])
    except* TypeError:
        pass


e = outcome(derived_rest)
print("derive kept:", type(e).__name__, repr(e))


def metadata_kept():
    group = ExceptionGroup("m", [ValueError(1), OSError(2)])
    group.add_note("a note")
    try:
        raise group from KeyError("cause")
    except* ValueError:
        pass


e = outcome(metadata_kept)
print("rest:", repr(e), e.__notes__, repr(e.__cause__), e.__suppress_context__)
print("traceback line:", e.__traceback__.tb_next.tb_lineno)


original_holder = []


def identity():
    original = ExceptionGroup("w", [ValueError(1), TypeError(2)])
    original_holder.append(original)
    try:
        raise original
    except* ValueError:
        raise
    except* TypeError:
        raise


e = outcome(identity)
print("rebuilt, not the original:", e is not original_holder[0], repr(e))
