# raise ... from ... prints the cause first, joined by "The above exception was the direct cause".
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"bad port in {settings!r}") from e

print(read_port({"port": "80"}))
print(read_port({"port": "eighty"}))
