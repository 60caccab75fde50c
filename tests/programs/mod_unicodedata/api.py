# unicodedata's functions: values, defaults and the errors of bad arguments.
import unicodedata as u

for c in "aA1½²一가\u0301\u00e9\ufb01\u2460 \x00\U0001f600\u0378\ud800":
    print(ascii(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None),
          u.numeric(c, None), u.name(c, "-"))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "BYTE ORDER MARK", "HANGUL SYLLABLE GA",
             "CJK UNIFIED IDEOGRAPH-4E00", "nosuch", "a" * 300, b"SNOWMAN", 1, bytearray(b"x")]:
    try:
        print(ascii(u.lookup(name)))
    except Exception as e:
        print(type(e).__name__, e)

for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for text in ["é", "e\u0301", "ﬁ", "\u1e9b\u0323", "한국어", "Å", "x\ud800y"]:
        print(form, ascii(u.normalize(form, text)), u.is_normalized(form, text))

calls = [
    (u.category, ()), (u.category, ("ab",)), (u.category, (1,)), (u.category, ("a", "b")),
    (u.name, ()), (u.name, ("ab",)), (u.name, ("\x00",)), (u.name, ("a", "b", "c")),
    (u.decimal, ("a",)), (u.digit, ("a",)), (u.numeric, ("a",)), (u.decimal, (1,)),
    (u.normalize, ("NFX", "a")), (u.normalize, ("NFC", 1)), (u.normalize, (1, "a")),
    (u.normalize, ("NFC",)), (u.is_normalized, ("NFC", b"a")), (u.UCD, ()),
]
for function, args in calls:
    try:
        print(function(*args))
    except Exception as e:
        print(type(e).__name__, e)

old = u.ucd_3_2_0
print(type(old).__name__, old.unidata_version, u.unidata_version)
for c in "\u0294\u02b9\u20ac\U0001d400\u0221\u0220\uf951":
    print(ascii(c), old.category(c), old.bidirectional(c), ascii(old.normalize("NFKC", c)),
          old.name(c, "-"), u.category(c))
