# The first compile error in source order is reported, even inside a never-called function.
print("never printed")
def helper():
    def deeper():
        return 1
    continue
return 2
