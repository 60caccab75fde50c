# no block after an if header followed by blank and whitespace-only lines
if x:

  
pass
