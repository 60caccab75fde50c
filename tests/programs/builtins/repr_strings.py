# repr() of strings: quote choice and escapes.
values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
          "back\\slash", "\x00\x1f\x7f", "\u00e9", "\u200b", "\U0001f600", "\ud800",
          "", "\r", "\x80\xa0", "ä\u0301"]
for v in values:
    print(repr(v))
print(str("x"), ascii("é\U0001f600"), ascii("plain"))
print(repr(b"bytes\x00\xff'"), repr(bytearray(b"ab")), repr(b'"'), repr(b"'\""))
