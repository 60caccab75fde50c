# invalid UTF-8 is reported before a bad \N escape in the same literal
x = "\N{DASH}ÿ"
