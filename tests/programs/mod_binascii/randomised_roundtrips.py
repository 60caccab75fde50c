import binascii
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
alphabet = b"ab =._\t\r\n\x00\xff"
out = []
for i in range(400):
    data = bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(200)))
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        q = binascii.b2a_qp(data, **kw)
        out.append(binascii.crc32(q))
        out.append(binascii.crc32(binascii.a2b_qp(q, header=kw.get("header", False))))
    u = binascii.b2a_uu(data[:45], backtick=bool(i % 2))
    out.append(binascii.crc32(binascii.a2b_uu(u)))
    for strict in (False, True):
        try:
            out.append(binascii.crc32(binascii.a2b_base64(data + b"YWJj=", strict_mode=strict)))
        except binascii.Error as e:
            out.append(str(e))
print(len(out), binascii.crc32(repr(out).encode()), out[:6])
