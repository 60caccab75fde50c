# An exception raised while executing a class body.
class Config:
    name = "app"
    size = int("big")
