import json
data = {"name": "cinderj", "version": [0, 1], "nested": {"ok": True, "none": None, "pi": 3.14}, "unicode": "é✓"}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
back = json.loads(s)
print(back == data, type(back["version"]).__name__, json.loads('[1, 2.5, "x", null, true, {"a": []}]'))
print(json.dumps([1, (2, 3)], separators=(',', ':')), json.dumps("quote\"and\\slash\n"), json.loads('"\\u00e9"'))
for bad in ['{bad json}', '[1, 2', '{"a": 1,}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
