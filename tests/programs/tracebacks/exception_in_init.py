# An exception raised from __init__ during instantiation.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"below absolute zero: {kelvin}")
        self.kelvin = kelvin

readings = [Temperature(k) for k in (10, 20)]
print(len(readings))
bad = Temperature(-1)
