# the file ends inside a multi-line list
x = [
    1,
    2,
