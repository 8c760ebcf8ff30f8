import sys
print("using sys.exit with a non-int object")
sys.exit([1, 2])
