# An exception inside a dict comprehension: the <dictcomp> frame.
pairs = [("a", 1), ("b", 2), ("c",)]
table = {k: v for k, v in pairs}
