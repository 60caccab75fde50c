# NameError without a suggestion when nothing is close enough.
alpha = 1
print(zzqqxx)
