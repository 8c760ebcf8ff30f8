import binascii
import hashlib
import random
import zlib

data = 'héllo wörld'.encode()
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, data)
    print(name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.shake_128(data).hexdigest(10), hashlib.blake2b(data, digest_size=16, key=b'k', salt=b's', person=b'p').hexdigest())
h = hashlib.sha256()
h.update(b'a')
h2 = h.copy()
h2.update(b'b')
print(h.hexdigest() != h2.hexdigest(), h2.hexdigest() == hashlib.sha256(b'ab').hexdigest())
print(binascii.hexlify(data), binascii.hexlify(data, '-', 2), binascii.unhexlify('00ff'), binascii.crc32(data), binascii.crc_hqx(data, 0))
print(binascii.b2a_base64(data), binascii.a2b_base64(b'aMOpbGxv'), binascii.b2a_base64(b'', newline=False))
for bad in ['abc', 'a===', 'abcde']:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print(e)
c = zlib.compress(data * 10)
print(c, zlib.decompress(c) == data * 10, zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
do = zlib.decompressobj(-15)
print(do.decompress(raw + b'TRAIL'), do.unused_data, do.eof)
random.seed('seed string')
print(random.random(), random.randrange(1000))
