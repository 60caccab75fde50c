# stdin: input_from_stdin.txt
# input() reads lines from stdin without the trailing newline.
first = input()
second = input("name? ")
print()
print(repr(first), repr(second))
total = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    total += int(line)
print("sum of remaining lines:", total)
