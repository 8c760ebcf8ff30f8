text = 'naïve café ✓'
for enc in ['utf-8', 'utf-16', 'latin-1', 'ascii']:
    try:
        b = text.encode(enc)
        print(enc, len(b), b[:8], b.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(text.encode('ascii', 'ignore'), text.encode('ascii', 'replace'), text.encode('ascii', 'xmlcharrefreplace'), text.encode('ascii', 'backslashreplace'))
bad = b'ok \xff\xfe end'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        print(errors, repr(bad.decode('utf-8', errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
print(b'caf\xe9'.decode('latin-1'), 'A'.encode('utf-32-be'), bytes('abc', 'utf-8'), str(b'abc', 'ascii'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
