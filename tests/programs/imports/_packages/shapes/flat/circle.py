PI_ISH = 3
def area(radius):
    return PI_ISH * radius * radius
