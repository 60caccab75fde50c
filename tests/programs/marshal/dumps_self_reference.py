# A list or dict that contains itself: a reference in version 3 and 4; too
# deeply nested in earlier versions.
import marshal

lst = []
lst.append(lst)
print(marshal.dumps(lst))
again = marshal.loads(marshal.dumps(lst))
print(again, again[0] is again)
d = {}
d['self'] = d
print(marshal.dumps(d))
back = marshal.loads(marshal.dumps(d))
print(back['self'] is back)
for version in range(3):
    try:
        marshal.dumps(lst, version)
    except ValueError as e:
        print(version, type(e).__name__, e)
