def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for value in ["", "abc", "é", "\u20ac", "\U0001f600", "\x00\x7f\x80", "\ud800", "'\"", "a\nb",
              ["é", b"\xe9"], {"ключ": "значение"}, 1.5, None, ("\u3000",)]:
    show(f"ascii({value!r})", lambda: ascii(value))
class R:
    def __repr__(self):
        return "Réprésentation\u2028"
show("ascii(R())", lambda: ascii(R()))
class BadRepr:
    def __repr__(self):
        return 42
show("ascii(BadRepr())", lambda: ascii(BadRepr()))
show("ascii()", lambda: ascii())
