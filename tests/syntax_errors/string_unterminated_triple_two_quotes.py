# a triple-quoted string closed by only two quotes
x = """abc""
