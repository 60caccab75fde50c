# ASCII strs: short forms ('z'/'Z', one length byte) under 256 characters,
# long forms ('a'/'A') from 256 on, in version 4; 'u'/'t' before.
# Identifier-like literals are interned (the capital forms).
import marshal


def show(value, version=4):
    print(repr(value)[:30], version, marshal.dumps(value, version)[:40])


for value in ['', 'a', 'abc', 'hello_world', 'with space', 'a-b', '123', 'x' * 255, 'y' * 256,
              'z' * 1000, '\x00\x7f', 'tab\there', 'Name1']:
    show(value)
for version in range(5):
    show('spam', version)
    show('two words', version)
