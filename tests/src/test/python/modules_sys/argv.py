# args: first --flag 'with space' 42
import sys
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith("argv.py"))
