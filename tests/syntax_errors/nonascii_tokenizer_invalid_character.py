# an invalid character after a non-ASCII string (tokenizer error: character offset)
x = 'é' + €
