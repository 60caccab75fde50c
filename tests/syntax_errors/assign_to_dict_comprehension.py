# assignment to a dict comprehension
{x: y for x in z} = 1
