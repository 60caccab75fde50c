# Self-referencing containers print with [...] and {...}.
lst = [1, 2]
lst.append(lst)
print(lst, len(lst), lst[2] is lst)
d = {1: None}
d[1] = d
print(d)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
m = {"self": None, "list": []}
m["self"] = m
m["list"].append(m)
print(m)
print(str(lst), repr(d))
s = [0]
s[0] = s
print(s == s)
