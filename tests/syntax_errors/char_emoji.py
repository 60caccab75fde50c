# an emoji used as a name
😀 = 1
