# an error after blank and comment lines


# comment

   
x = = 1
