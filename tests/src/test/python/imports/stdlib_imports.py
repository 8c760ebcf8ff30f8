import os.path
import collections.abc
from os import path as p
from collections import OrderedDict, namedtuple
import json, re
print(os.path.join("a", "b"), p is os.path, issubclass(list, collections.abc.Sequence))
print(OrderedDict(a=1), namedtuple("P", "x y")(1, 2), json.dumps({"k": [1, 2]}), re.sub(r"\d", "#", "a1b22"))
