eager = "eager value"
def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["eager", "lazy_one", "lazy_two"]
