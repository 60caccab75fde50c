# int.from_bytes(..., signed=True).
for data in [b'', b'\x00', b'\x7f', b'\x80', b'\xff', b'\xff\xff', b'\x80\x00', b'\x00\x80', b'\xff\x7f',
             b'\xff' * 16, b'\x80' + b'\x00' * 15, b'\x01\xff']:
    print(data, int.from_bytes(data, 'big', signed=True), int.from_bytes(data, 'little', signed=True))
print(int.from_bytes(b'\xff', 'big', signed=0), int.from_bytes(b'\xff', 'big', signed='yes'))
