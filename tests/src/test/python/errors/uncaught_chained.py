def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError("config key missing: " + key) from e

print(load("a"))
load("b")
