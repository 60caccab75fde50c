# assignment to a set display
{a, b} = 1
