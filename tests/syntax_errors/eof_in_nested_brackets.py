# the file ends inside three nested brackets
x = [({
