# An exception inside a list comprehension: the <listcomp> frame.
words = ["apple", "kiwi", None, "fig"]
lengths = [len(w) for w in words]
