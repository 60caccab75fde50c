# a backslash then a space on a line joined to one with a non-ASCII name
é \
\ y
