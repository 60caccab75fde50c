# an unclosed parenthesis preceded by blank lines



(
