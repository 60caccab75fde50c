"""A small program to show every stage of Krait: tokens, AST, symbol table, bytecode, run."""


def fizzbuzz(n: int) -> str:
    match n % 15, n % 5, n % 3:
        case (0, _, _):
            return "FizzBuzz"
        case (_, 0, _):
            return "Buzz"
        case (_, _, 0):
            return "Fizz"
    return f"{n:>4}"


if __name__ == "__main__":
    print(*(fizzbuzz(i) for i in range(1, 16)), sep=", ")
