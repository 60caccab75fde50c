# a bare '**' in a call
f(**)
