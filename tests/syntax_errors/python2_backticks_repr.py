# Python 2 backtick repr in a call
print(`x`)
