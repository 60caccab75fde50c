# Recursive functions: factorial, fibonacci, mutual recursion, recursive data.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(fact(20), fact(30))
print([fib(i) for i in range(15)])
print(is_even(10), is_odd(7), is_even(7))
print(flatten([1, [2, [3, [4, []]], 5]]))
print(len(hanoi(10, "a", "c", "b", [])), hanoi(2, "a", "c", "b", []))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
