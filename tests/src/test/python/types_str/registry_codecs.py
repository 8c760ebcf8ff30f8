# str.encode / bytes.decode with the codecs of the encodings package and of codecs.register:
# every error handler, non-text codecs refused, encoders/decoders returning the wrong type.
import codecs
for s in ("héllo €", "plain", "\U0001f600 \udc80"):
    for enc in ("raw_unicode_escape", "unicode_escape", "cp1252", "utf-8", "utf_16_le", "iso8859_15", "cp437", "koi8_r", "mac_roman"):
        for errors in ("strict", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace", "ignore"):
            try:
                b = s.encode(enc, errors)
                back = b.decode(enc, "replace")
                print(enc, errors, b, back == s)
            except (UnicodeError, LookupError) as e:
                print(enc, errors, type(e).__name__, e)
for bad in ("rot13", "hex", "base64", "zlib", "no-such-codec"):
    try:
        "abc".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
    try:
        b"abc".decode(bad)
    except LookupError as e:
        print("LookupError:", e)
def search(name):
    if name == "upper_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)), name="upper_codec")
    if name == "bad_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)), lambda b, errors="strict": (b, len(b)), name="bad_codec")
codecs.register(search)
print("abc".encode("upper_codec"), b"ABC".decode("upper-codec"), str(b"XY", "upper_codec"), bytes("q", "upper_codec"))
for f in (lambda: "abc".encode("bad_codec"), lambda: b"abc".decode("bad_codec")):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
