# unicode_escape, raw_unicode_escape and escape_decode: results, error ranges,
# handlers, incremental (final=False) decoding and the DeprecationWarnings.
import codecs
print([hex(ord(c)) for c in codecs.unicode_escape_decode(b'\\777\\0\\08')[0]])
for d in [b'\\N{FOO}', b'\\N{', b'a\\x4g', b'\\N{DIGIT', b'\\U00110000']:
  for e in ['strict','replace','ignore']:
    try: print(d, e, codecs.unicode_escape_decode(d,e))
    except Exception as x: print(d, e, repr(x))
  print(codecs.unicode_escape_decode(d,'ignore',False))
for d in [b'\\x4', b'\\', b'\\q', b'a\\x4g', '\\x41', b'\\x4g']:
  try: print(codecs.escape_decode(d))
  except Exception as e: print(repr(e))
print(codecs.escape_decode(b'\\x4','replace'), codecs.escape_decode(b'\\x4','ignore'))
try: codecs.escape_decode(b'\\x4','bogus')
except Exception as e: print(repr(e))
print(codecs.raw_unicode_escape_decode(b'\\u0041\\\\u0041\\x\xe9'))
for d in [b'\\u12', b'\\U00110000', b'\\u12x']:
  for e in ['strict','replace']:
    try: print(codecs.raw_unicode_escape_decode(d,e))
    except Exception as x: print(repr(x))
  print(codecs.raw_unicode_escape_decode(d,None,False))
print(codecs.charmap_decode(b'abc', None, 'xy'))
try: codecs.charmap_decode(b'abc', None, 'xyz\ufffe')
except Exception as e: print(repr(e))
try: print(codecs.charmap_decode(b'abd', 'strict', 'xyz\ufffe'))
except Exception as e: print(repr(e))
print(codecs.charmap_decode(b'abd', 'replace', 'xy'))
print(codecs.charmap_decode(b'abc', None, {97: 'A', 98: 66, 99: None}) if False else '')
for m in [{97: 'A', 98: 66}, {97: 'AB', 98: 0x10ffff}, {97: 0x110000}, {97: 1.5}, {97:None}]:
  try: print(codecs.charmap_decode(b'ab', 'replace', m))
  except Exception as e: print(repr(e))
em = codecs.charmap_build('abc\u1234')
print(type(em), em.size(), codecs.charmap_encode('ab\u1234', None, em))
for m in [em, {97: 65, 98: b'BB', 99: None}, {97: 300}, {97: 'x'}]:
  for e in ['strict', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'ignore']:
    try: print(e, codecs.charmap_encode('abcd', e, m))
    except Exception as x: print(e, repr(x))
print(codecs.charmap_encode('abc'), codecs.charmap_decode(b'\xff'))
