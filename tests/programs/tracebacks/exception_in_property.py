# An exception raised inside a property getter.
class Box:
    def __init__(self, items):
        self.items = items
    @property
    def average(self):
        return sum(self.items) / len(self.items)

print(Box([1, 2, 3]).average)
print(Box([]).average)
