# 'async' in a comprehension not followed by 'for'
async def f():
    y = [x async x in z]
