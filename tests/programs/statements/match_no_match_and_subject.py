# When no case matches nothing happens; the subject is evaluated once.
def subject():
    print("subject evaluated")
    return {"a": 1}

match subject():
    case {"b": _}:
        print("no")
    case {"c": _}:
        print("no")
print("after match without a match")

match 1, 2:
    case (1, 2):
        print("tuple subject without parentheses")

match [1, 2, 3]:
    case [1, 2]:
        print("length differs")
    case [1, 2, 3, 4]:
        print("length differs")
    case [1, 2, 3]:
        print("exact length")

x = 10
match x:
    case 10:
        pass
print("match with pass body")
match = "match is a soft keyword"
case = 5
print(match, case)
