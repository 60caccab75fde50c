# assignment to a set comprehension
{x for x in y} = 1
