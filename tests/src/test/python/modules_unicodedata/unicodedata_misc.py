import contextvars
import unicodedata

for ch in 'aA1 é€\u0301\u4e00\uac00\u00bd\u2167':
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, '?'), unicodedata.bidirectional(ch),
          unicodedata.numeric(ch, None), unicodedata.decimal(ch, None), unicodedata.combining(ch), unicodedata.mirrored(ch),
          unicodedata.east_asian_width(ch))
print(unicodedata.lookup('SNOWMAN'), unicodedata.lookup('LATIN SMALL LETTER E WITH ACUTE'), unicodedata.lookup('CJK UNIFIED IDEOGRAPH-4E01'))
print(ascii(unicodedata.normalize('NFD', 'é')), unicodedata.normalize('NFC', 'e\u0301') == 'é', unicodedata.normalize('NFKC', '\ufb01'))
print(unicodedata.decomposition('é'), unicodedata.is_normalized('NFC', 'é'), unicodedata.unidata_version)
try:
    unicodedata.lookup('NO SUCH THING')
except KeyError as e:
    print(e)
v = contextvars.ContextVar('v', default=1)
t = v.set(5)
print(v.get(), t.old_value is contextvars.Token.MISSING)
v.reset(t)
print(v.get())
ctx = contextvars.copy_context()
def f(x):
    v.set(x)
    return v.get()
print(ctx.run(f, 42), v.get(), ctx[v], v in ctx, len(ctx))
