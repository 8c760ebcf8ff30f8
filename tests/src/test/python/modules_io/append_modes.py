# Append modes with reading ('a+', 'ab+'): start at the end, writes always go to the end.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("hello\n")
with open(p, "a+") as f:
    print(f.tell())
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write("end\n")
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(p, "ab+") as f:
    f.write(b"bin\n")
    f.seek(0)
    print(f.read())
with open(p, "a") as f:
    print(f.tell())
print(open(p).read().splitlines())
