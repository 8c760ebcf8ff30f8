import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught", e.code)
print("now exiting for real")
raise SystemExit
