def lazy():
    import _util
    from _util import double
    return double(_util.VALUE)
print("before call")
print(lazy())
print("_util" in globals())
def conditional(flag):
    if flag:
        import json as codec
    else:
        import pickle as codec
    return codec.__name__
print(conditional(True), conditional(False))
