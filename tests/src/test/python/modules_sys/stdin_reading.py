# stdin: alpha beta
# stdin: gamma
# stdin: delta
import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest), len(rest.splitlines()))
print(repr(sys.stdin.readline()))
