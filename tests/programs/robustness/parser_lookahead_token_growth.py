# The parser's lookahead past an error (invalid_expression peeking at the
# token after a name) must not invalidate the token it is looking at, for
# any size of the source relative to the token buffer.
for padding in range(40):
    for prefix_length in range(12):
        source = "0," * prefix_length + "a a" + ",a" * padding + " " * (padding % 5)
        try:
            compile(source, "<test>", "exec")
        except SyntaxError as error:
            if padding % 13 == 0 and prefix_length % 5 == 0:
                print(padding, prefix_length, error.msg, error.offset, error.end_offset)
print("done")
