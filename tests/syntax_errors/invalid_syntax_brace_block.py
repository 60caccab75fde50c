# a C-style brace block
if x {
    y = 1
}
