# raise ... from None hides the context in the traceback.
def to_number(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"not a number: {text!r}") from None

print(to_number("12"))
to_number("twelve")
