# an identifier starting with a combining mark
́x = 1
