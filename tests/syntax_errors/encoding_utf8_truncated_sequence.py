# a UTF-8 sequence cut short by the closing quote
x = "â‚"
