# a parenthesis opened on one line closed by a brace on another
x = (1,
     2}
