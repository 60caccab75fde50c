# two dots between a name and an attribute
x = a..b
