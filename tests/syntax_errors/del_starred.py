# del of a starred name
del *a
