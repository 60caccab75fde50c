# String and bytes literal escapes, raw strings, and implicit concatenation.
print(repr("tab\there"), repr("nl\nx"), repr("cr\r"), repr("nul\0end"), repr("\x41\101\u00e9\U0001F600"))
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}")
print(repr(r"raw \n \t \\"), len(r"\n"), repr("back\\slash"), repr('\'' + "\""))
print(repr(b"\x00\xff\n"), list(b"\x01\x7f"), repr(rb"\x00"), repr(b"a" b"b"))
print("implicit" " " 'concatenation', "multi"
      "line")
print("""triple "quoted" string
with a newline""")
print(repr('''single 'triple' '''))
print(repr("\a\b\f\v"), len("\a\b\f\v"), ord("\v"))
print("line continuation \
inside a string")
print(repr("\u0041\u030A"), len("\u0041\u030A"), "\u00c5" == "\u0041\u030A")
