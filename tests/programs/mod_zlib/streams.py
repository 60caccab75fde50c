import zlib

data = b"".join(b"line %d of some text that repeats\n" % i for i in range(2000))
print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"abc", 7), zlib.adler32(b"abc", -1))
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(data, level)
    print("level", level, len(c) < len(data) or level == 0, zlib.decompress(c) == data)
for wbits in (9, 15, -15, 31, 25):
    c = zlib.compress(data, 6, wbits)
    print("wbits", wbits, c[:2].hex() if wbits > 0 else "raw", zlib.decompress(c, wbits) == data,
          zlib.decompress(c, wbits, 1) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.compress(b"hello"), zlib.compress(b"", 9), zlib.decompress(zlib.compress(b"")))

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[1000:])]
cc = co.copy()
parts.append(co.flush())
stream = b"".join(parts)
print(zlib.decompress(stream, -12) == data, cc.flush() == parts[-1])

do = zlib.decompressobj(-12)
out = []
chunk = do.decompress(stream, 100)
while chunk:
    out.append(chunk)
    chunk = do.decompress(do.unconsumed_tail, 100)
print(b"".join(out) == data, do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
whole = zlib.compress(b"payload") + b"TRAILING"
print(do.decompress(whole[:5]), do.eof)
dc = do.copy()
print(do.decompress(whole[5:]), do.eof, do.unused_data, do.flush())
print(dc.decompress(whole[5:8]), dc.flush(), dc.eof)

zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the lazy dog jumps over the quick brown fox") + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c))
co = zlib.compressobj(wbits=-15, zdict=zd)
c = co.compress(b"the lazy dog") + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(c))

for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_BEST_COMPRESSION", "Z_FINISH",
             "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_BLOCK", "Z_TREES", "Z_RLE", "Z_FIXED", "Z_HUFFMAN_ONLY"]:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_RUNTIME_VERSION[:2], issubclass(zlib.error, Exception))

def check(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

check(zlib.decompress, b"garbage")
check(zlib.decompress, zlib.compress(data)[:-5])
check(zlib.decompress, zlib.compress(b"x"), bufsize=-1)
check(zlib.compress, b"x", 12)
check(zlib.compress, "text")
check(zlib.compressobj, 1, 9)
check(zlib.decompressobj, zdict=5)
check(zlib.decompressobj().decompress, b"x", -1)
check(zlib.decompressobj().flush, 0)
check(zlib.decompressobj().decompress, b"\x78\xbb\x00\x00")
check(zlib.decompress, zlib.compressobj(zdict=b"abc").compress(b"abc") )
co = zlib.compressobj(); co.compress(b"x"); co.flush()
check(co.copy)
check(co.compress, b"more")
check(zlib.crc32, "x")
