import binascii

samples = [b"", b"a", b"ab", b"abc", b"hello world\n", bytes(range(256)), b"\x00\xff" * 30]

for data in samples:
    enc = binascii.b2a_base64(data)
    print("base64", enc[:40], binascii.a2b_base64(enc) == data,
          binascii.b2a_base64(data, newline=False)[-3:])
    print("hex", binascii.hexlify(data)[:40], binascii.unhexlify(binascii.b2a_hex(data)) == data)
    print("crc32", binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc32(data, -1))
    print("crc_hqx", binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF))
    qp = binascii.b2a_qp(data)
    print("qp", qp[:60], binascii.a2b_qp(qp) == data)
    if len(data) <= 45:
        uu = binascii.b2a_uu(data)
        print("uu", uu[:40], binascii.a2b_uu(uu) == data, binascii.b2a_uu(data, backtick=True)[:20])

print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2))
print(binascii.b2a_hex(data=b"xyz", sep="_", bytes_per_sep=1))
print(binascii.a2b_hex("DEADbeef"), binascii.a2b_base64("aGVsbG8="), binascii.a2b_qp("a=3Db_c", header=True))
print(binascii.a2b_base64(b"aGV sbG8=\n"), binascii.a2b_base64(b"aGVsbG8==="), binascii.a2b_base64(b"aGVsbA==x"))
print(binascii.b2a_qp(b"a b\t\nline  \r\nend ", quotetabs=True))
print(binascii.b2a_qp(b"x" * 100 + b"\n" + b"=" * 40))
print(binascii.b2a_qp(b"a_b c", header=True), binascii.b2a_qp(b"a\r\nb\n", istext=False))
print(binascii.b2a_qp(b".\nfoo\r\n.\r\n"))
print(binascii.a2b_qp(b"soft=\nbreak=\r\nend=4"), binascii.a2b_qp(b"a==b=zz="))
print(binascii.a2b_uu(b""), binascii.a2b_uu(b" \n"), binascii.a2b_uu(b"#86)C\n"))
print(binascii.a2b_uu(b"!80  "), binascii.a2b_uu(b"#86)C````"))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__)

def check(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

check(binascii.a2b_hex, b"abc")
check(binascii.a2b_hex, b"zz")
check(binascii.unhexlify, "é1")
check(binascii.unhexlify, 5)
check(binascii.a2b_base64, b"abcde")
check(binascii.a2b_base64, b"ab")
check(binascii.a2b_base64, b"a")
check(binascii.a2b_base64, b"=abc", strict_mode=True)
check(binascii.a2b_base64, b"ab==cd", strict_mode=True)
check(binascii.a2b_base64, b"ab=c", strict_mode=True)
check(binascii.a2b_base64, b"ab!c", strict_mode=True)
check(binascii.a2b_base64, b"abcd=", strict_mode=True)
check(binascii.a2b_base64, b"abcd====", strict_mode=False)
check(binascii.a2b_base64, b"ab=c")
check(binascii.b2a_base64, "text")
check(binascii.b2a_uu, b"x" * 46)
check(binascii.a2b_uu, b"!\x01")
check(binascii.a2b_uu, b"!80 x")
check(binascii.hexlify, b"ab", "::")
check(binascii.hexlify, b"ab", "é")
check(binascii.hexlify, b"ab", 3)
check(binascii.crc32, "x")
check(binascii.crc32, b"x", 1, 2)
check(binascii.crc_hqx, b"x")
check(binascii.a2b_base64, b"YQ==", strict_mode=True)
check(binascii.b2a_base64, b"x", newline="no")
check(binascii.crc32, memoryview(b"abc"))
check(binascii.b2a_hex, bytearray(b"\x10\x20"))
