# Non-ASCII text in an exception message is printed as is.
raise ValueError("données invalides: ñ, ü, 日本, ✓")
