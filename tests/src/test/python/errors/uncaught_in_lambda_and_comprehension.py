convert = lambda s: int(s)
values = ["1", "2", "three"]
print([convert(v) for v in values])
