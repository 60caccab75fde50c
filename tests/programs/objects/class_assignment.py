# Assigning __class__ changes behaviour of an instance.
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"

pet = Cat()
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    S1().__class__ = S2
except TypeError as e:
    print("TypeError:", e)
