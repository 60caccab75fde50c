# Tracebacks mark subscripts and attribute calls inside larger expressions.
class Config:
    def __init__(self):
        self.settings = {"depth": [1, 2, 3]}

def get(config, key, index):
    return config.settings[key][index] * 2

config = Config()
print(get(config, "depth", 1))
print(get(config, "depth", 5))
