print(bool(NotImplemented))
if NotImplemented:
    print('truthy')
x = not NotImplemented
print(x)
for i in range(3):
    print(bool(NotImplemented))
print(NotImplemented.__bool__())
print([NotImplemented] and 'list ok')
