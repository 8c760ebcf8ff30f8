# os.path string manipulation only (no filesystem state).
import os.path as p
import posixpath
print(p.join('/usr', 'lib', 'python'), p.join('a', '/abs', 'b'), p.split('/a/b/c.txt'), p.splitext('archive.tar.gz'))
print(p.basename('/x/y/z.py'), p.dirname('/x/y/z.py'), p.normpath('/a/./b/../c//d'), p.isabs('/x'), p.isabs('x'))
print(p.commonprefix(['/usr/lib', '/usr/local']), posixpath.relpath('/a/b/c', '/a'), p.splitext('.bashrc'), p.join('', 'x'))
import fnmatch
print(fnmatch.fnmatch('file.py', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
