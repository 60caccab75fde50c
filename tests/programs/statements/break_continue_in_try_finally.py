# break and continue inside try run the finally clause first.
for i in range(3):
    try:
        if i == 0:
            print("continue from try", i)
            continue
        if i == 1:
            print("break from try", i)
            break
    finally:
        print("finally", i)
print("after loop")

for i in range(3):
    try:
        try:
            if i == 1:
                continue
            print("inner body", i)
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)

log = []
for i in range(5):
    try:
        log.append(("try", i))
        if i == 2:
            break
    except Exception:
        log.append("never")
    else:
        log.append(("else", i))
    finally:
        log.append(("finally", i))
print(log)

i = 0
while i < 3:
    i += 1
    try:
        continue
    finally:
        print("while finally", i)
