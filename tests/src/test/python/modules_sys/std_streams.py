import sys
sys.stdout.write("written with write\n")
n = sys.stdout.write("abc\n")
print("write returned", n)
sys.stderr.write("to stderr via write\n")
print("print to stderr", file=sys.stderr)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdin.readable())
old = sys.stdout
import io
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
sys.stdout = old
print("buffer had:", repr(buf.getvalue()))
