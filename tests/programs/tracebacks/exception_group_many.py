# More than 15 sub-exceptions: the rest is summarised as "and N more exceptions".
raise ExceptionGroup("many", [ValueError(i) for i in range(18)])
