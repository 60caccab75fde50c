# charmap encoding and decoding through str tables, dicts and charmap_build,
# with each error handler; UTF-7 both ways.
import codecs
def t(f):
  try: print(f())
  except Exception as e: print(repr(e))
t(lambda: codecs.charmap_decode(b'\x00\x01\x02', None, 'xy'))
t(lambda: codecs.charmap_decode(b'\x00\x01\x03', 'replace', 'xyz\ufffe'))
t(lambda: codecs.charmap_decode(b'\x00\x01\x03', 'strict', 'xyz\ufffe'))
for m in [{97: 'A', 98: 66}, {97: 'AB', 98: 0x10ffff}, {97: 0x110000}, {97: 1.5}, {97:None}, {97: b'x'}]:
  t(lambda: codecs.charmap_decode(b'ab', 'replace', m))
em = codecs.charmap_build('abc\u1234')
print(type(em), codecs.charmap_encode('ab\u1234', None, em))
for m in [em, {97: 65, 98: b'BB', 99: None, ord('?'): 63}, {97: 300}, {97: 'x'}, {ord('&'):38, ord('#'):35, ord(';'): 59, ord('1'):49, ord('0'):48}]:
  for e in ['strict', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'ignore']:
    t(lambda: codecs.charmap_encode('abcd', e, m))
print(codecs.charmap_encode('abc'), codecs.charmap_decode(b'\xff'))
t(lambda: codecs.charmap_build('ab'*200))
t(lambda: codecs.charmap_build(b'x'))
t(lambda: codecs.charmap_encode('\u1234'))
print(codecs.utf_7_encode('a+b\u1234\U00012345 ~\\!'), codecs.utf_7_decode(b'a+-b+ESM-x'))
t(lambda: codecs.utf_7_decode(b'a+ESM', None, False))
t(lambda: codecs.utf_7_decode(b'a+ESM'))
t(lambda: codecs.utf_7_decode(b'a+E\xff'))
t(lambda: codecs.utf_7_decode(b'+2D3cAA-'))
