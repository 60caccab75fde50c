# a Python 2 octal literal in an expression
os.chmod(path, 0755)
