# from M import name when M has no such name: ImportError (ceval's import_from), not AttributeError.
# The message ends with where M lives, which differs between machines: only its start is printed.
try:
    from threading import Foo
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

try:
    from time import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], str(e).endswith("(unknown location)"))

try:
    from dataclasses import NoSuchThing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], isinstance(e, Exception))

from concurrent import futures
print(futures.ThreadPoolExecutor.__name__)

from collections import deque
print(deque([1, 2]).pop())

from queue import Foo
