# an invalid token after CJK characters in a string
x = '中文' 1
