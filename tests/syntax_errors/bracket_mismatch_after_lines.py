# a parenthesis opened on line 2 closed by ']' two lines later
x = (1,
     2
  ]
