# an indented line where no block is opened: unexpected indent
x = 1
    y = 2
