# a missing comma between CJK strings in a list
x = ['中文' '中' 1]
