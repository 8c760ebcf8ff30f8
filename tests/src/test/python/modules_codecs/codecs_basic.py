import codecs

print(codecs.lookup('UTF8').name, codecs.lookup('latin_1').name, codecs.lookup('ASCII').name)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'), codecs.encode('abc', 'rot13'))
print(codecs.utf_8_decode(b'\xc3\xa9\xc3', 'strict', False), codecs.utf_8_encode('é'))
print(codecs.latin_1_encode('é'), codecs.ascii_decode(b'abc'), codecs.charmap_decode(b'\x80', 'strict', None))
print(codecs.encode('é€', 'cp1252'), codecs.decode(b'\x80', 'cp1252'), codecs.encode('x', 'utf-16-le'), codecs.encode('ab', 'utf-16'), codecs.decode(b'\xfe\xff\x00a', 'utf-16'))
print(codecs.escape_decode(b'a\\nb\\x41'), codecs.unicode_escape_decode(b'\\u00e9\\n'), codecs.raw_unicode_escape_encode('é\u1234'))
print('é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'), b'\xff'.decode('utf-8', 'replace'))
dec = codecs.getincrementaldecoder('utf-8')()
print(dec.decode(b'\xc3'), dec.decode(b'\xa9'), dec.decode(b'', final=True))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print(e)
codecs.register_error('dash', lambda e: ('-', e.end))
print(codecs.encode('aéb', 'ascii', 'dash'), codecs.encode('a€b', 'latin-1', 'dash'))
