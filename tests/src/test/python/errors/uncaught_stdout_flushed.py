# Output written before an uncaught exception is flushed.
for i in range(3):
    print("line", i)
import sys
sys.stdout.write("partial line without newline")
raise ValueError("after partial output")
