# UTF-16/UTF-32 codecs: byte orders, byte order marks, aliases.
s = 'hé😀'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF_16LE', 'utf_32']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'\xfe\xff\x00A'.decode('utf-16'), b'A\x00'.decode('utf-16'), b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32'))
try:
    b'A\x00B'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(type(e).__name__)
print('A\ud800'.encode('utf-16-le', 'replace') if False else 'ok')
