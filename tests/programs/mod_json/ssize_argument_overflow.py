# pos/endpos of re's match methods and _json.scanstring's end are Py_ssize_t
# arguments: OverflowError before the string's type is checked.
import re, sys, json.decoder
for a in [(sys.maxsize + 1,), (0, sys.maxsize + 1), (-2**70,)]:
    try:
        print(re.compile('a').match('a', *a))
    except OverflowError as e:
        print("OverflowError", e)
try:
    re.compile('a').match(b'a', sys.maxsize + 1)
except OverflowError as e:
    print("OverflowError", e)
print(re.compile('a').search('xxa', -5, sys.maxsize), re.compile('a').findall('aXa', 1, 100))
print(list(m.span() for m in re.compile('a').finditer('aaa', 1, 2)))
for scanstring in [json.decoder.scanstring, json.decoder.py_scanstring]:
    try:
        scanstring(b"xxx", sys.maxsize + 1)
    except OverflowError as e:
        print("OverflowError")
    try:
        scanstring(b"xxx", 1)
    except TypeError as e:
        print("TypeError")
print(json.decoder.scanstring('"abc"', 1))
