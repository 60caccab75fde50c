# Nesting deeper than 10 levels is cut off with "... (max_group_depth is 10)".
eg = ValueError("innermost")
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg])
raise eg
