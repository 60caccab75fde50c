# the keyword 'class' used as an assignment target
class = 1
