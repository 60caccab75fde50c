# a line indented deeper than the block it is in
if x:
    y = 1
        z = 2
