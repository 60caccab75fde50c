# assignment to a call whose argument is a non-ASCII string (range end in bytes)
f('é') = 1
