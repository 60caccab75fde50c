# A custom exception class that is a subclass of a builtin, with module-level chaining.
class ConfigError(KeyError):
    pass

settings = {}
try:
    settings["path"]
except KeyError as e:
    raise ConfigError("path") from e
