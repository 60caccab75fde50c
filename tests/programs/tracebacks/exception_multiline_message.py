# An exception message containing newlines is printed verbatim.
raise ValueError("line one\nline two\n  indented line three")
