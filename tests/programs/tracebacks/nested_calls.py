# A traceback through several nested function calls.
def level3(x):
    return x["missing"]

def level2(x):
    return level3(x) + 1

def level1():
    data = {"present": 1}
    return level2(data)

print("start")
level1()
