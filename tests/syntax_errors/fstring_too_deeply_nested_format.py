# format specs nested three levels deep
x = f'{a:{b:{c}}}'
