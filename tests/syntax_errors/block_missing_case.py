# no indented block after 'case'
match x:
    case 1:
    pass
