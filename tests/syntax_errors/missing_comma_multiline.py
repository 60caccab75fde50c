# a missing comma across lines in a list
y = [
    1,
    2
    3,
]
