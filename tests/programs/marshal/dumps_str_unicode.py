# Non-ASCII strs are UTF-8 ('u'; 't' when interned, from version 3),
# surrogates in their 3-byte form ("surrogatepass").
import marshal


def show(value, version=4):
    print(ascii(value), version, marshal.dumps(value, version))


for value in ['é', 'naïve', '日本語', '€100', '\U0001f600', '\ud800', 'a\udfffb', '\xff' * 3,
              'mixed ascii and ü']:
    show(value)
for version in range(5):
    show('ßtraße', version)
