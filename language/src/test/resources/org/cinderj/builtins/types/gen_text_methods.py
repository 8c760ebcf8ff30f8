# Regenerates text_methods.txt from TextMethodsTest.java with the reference CPython 3.10.8.
import re, sys, os
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, '../../../../../java/org/cinderj/builtins/types/TextMethodsTest.java'), encoding='utf-8').read()
out = []
for m in re.finditer(r'^\s*c\("((?:[^"\\]|\\.)*)"', src, re.M):
    expr = m.group(1).replace('\\\\', '\\').replace('\\"', '"')  # the Java string's value
    try:
        r = repr(eval(expr))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    out.append(expr + '\t' + r)
open(os.path.join(here, 'text_methods.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
