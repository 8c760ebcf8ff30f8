import sys
print("out before exit")
sys.exit("fatal: configuration not found")
